import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo, createServer as createTcpServer } from 'node:net';
import { DeliveryError, pinnedPost } from './pinned-post';

async function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

describe('webhook POST (SSRF checks on the resolved address, no redirects, timeout)', () => {
  const closers: Array<() => void> = [];
  afterEach(() => {
    while (closers.length) closers.pop()!();
  });

  it('refuses a name that resolves to a private address, before connecting', async () => {
    let connections = 0;
    const tcp = createTcpServer((socket) => {
      connections++;
      socket.destroy();
    });
    const port = await listen(tcp);
    closers.push(() => tcp.close());
    const attempt = pinnedPost(
      `https://localhost:${port}/hook`,
      '{}',
      {},
      {
        timeoutMs: 1000,
        allowPrivate: false,
      },
    );
    await expect(attempt).rejects.toThrow(/non-public address/);
    await expect(attempt).rejects.toMatchObject({ permanent: true });
    await expect(
      pinnedPost(
        `http://localhost:${port}/hook`,
        '{}',
        {},
        { timeoutMs: 1000, allowPrivate: false },
      ),
    ).rejects.toBeInstanceOf(DeliveryError);
    expect(connections).toBe(0);
  });

  it.each([
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:7f00:1]/hook',
    'https://[64:ff9b::7f00:1]/hook',
    'https://[fe80::1]/hook',
    'https://[fd00::1]/hook',
    'https://127.0.0.1/hook',
  ])('refuses %s at delivery time too, without connecting', async (url) => {
    const attempt = pinnedPost(url, '{}', {}, { timeoutMs: 1000, allowPrivate: false });
    await expect(attempt).rejects.toMatchObject({ permanent: true });
    await expect(attempt).rejects.toThrow(/non-public address/);
  });

  it('delivers to the checked address when private targets are allowed', async () => {
    const seen: Array<{ host?: string; body: string; signature?: string }> = [];
    const server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({
          host: req.headers.host,
          body,
          signature: req.headers['webhook-signature'] as string,
        });
        res.writeHead(204).end();
      });
    });
    const port = await listen(server);
    closers.push(() => server.close());
    const status = await pinnedPost(
      `http://localhost:${port}/hook`,
      '{"type":"need.matched"}',
      { 'content-type': 'application/json', 'webhook-signature': 'v1,abc' },
      { timeoutMs: 1000, allowPrivate: true },
    );
    expect(status).toBe(204);
    expect(seen).toEqual([
      { host: `localhost:${port}`, body: '{"type":"need.matched"}', signature: 'v1,abc' },
    ]);
  });

  it('does not follow redirects', async () => {
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      req.resume();
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    });
    const port = await listen(server);
    closers.push(() => server.close());
    const status = await pinnedPost(
      `http://127.0.0.1:${port}/hook`,
      '{}',
      {},
      {
        timeoutMs: 1000,
        allowPrivate: true,
      },
    );
    expect(status).toBe(302);
    expect(paths).toEqual(['/hook']);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const server = createServer((req) => req.resume()); // never answers
    const port = await listen(server);
    closers.push(() => {
      server.closeAllConnections();
      server.close();
    });
    const started = Date.now();
    await expect(
      pinnedPost(`http://127.0.0.1:${port}/slow`, '{}', {}, { timeoutMs: 200, allowPrivate: true }),
    ).rejects.toThrow(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
