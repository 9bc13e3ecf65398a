import { createServer, Socket } from 'node:net';
import { OutboxRelayService } from './outbox-relay.service';

/**
 * A refused LISTEN connection is retried once every 2 s, not once per report of the failure:
 * pg reports a failed connect both as the client's error and as connect()'s rejection, and
 * answering both doubled the attempts each round (9,500 connections in ten minutes once
 * PostgreSQL said "too many clients").
 */
describe('OutboxRelayService LISTEN reconnects', () => {
  it('keeps one retry pending however the failure is reported', async () => {
    let attempts = 0;
    const sockets = new Set<Socket>();
    // A server that takes each connection and drops it at once, as a full PostgreSQL does.
    const server = createServer((socket) => {
      attempts++;
      sockets.add(socket);
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const relay = new OutboxRelayService(
      {} as never,
      {} as never,
      {
        database: { url: `postgres://niaz@127.0.0.1:${port}/niaz`, schema: 'public' },
        env: { OUTBOX_POLL_MS: 3_600_000 },
      } as never,
    );
    // Only the LISTEN connection is under test: no drain.
    (relay as unknown as { wake: () => Promise<void> }).wake = async () => undefined;
    try {
      await relay.start();
      await new Promise((r) => setTimeout(r, 7_000));
    } finally {
      await relay.stop();
      server.close();
    }
    // The first attempt and one per 2 s after it: 4 in 7 s (doubling would make 15).
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(attempts).toBeLessThanOrEqual(5);
  }, 20_000);
});
