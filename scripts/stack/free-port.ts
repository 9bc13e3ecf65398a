import { createServer } from 'node:net';

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * A TCP port that is free on 127.0.0.1: `preferred` when it is free, any free port otherwise
 * (`preferred` 0 or absent: any free port). The port is released before this returns, so a
 * program started right after can bind it.
 */
export async function freePort(preferred = 0): Promise<number> {
  if (preferred > 0) {
    const port = await tryListen(preferred);
    if (port) return port;
  }
  const port = await tryListen(0);
  if (!port) throw new Error('could not find a free TCP port on 127.0.0.1');
  return port;
}
