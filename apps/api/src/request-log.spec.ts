import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import pino from 'pino';
import { registerRequestLog } from './request-log';

/** The request log (issue 22): one line per request from Fastify hooks, written where pino writes. */
describe('request log', () => {
  let fastify: FastifyInstance;
  let lines: Array<Record<string, any>>;

  async function start(level: string): Promise<void> {
    lines = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line));
        callback();
      },
    });
    const root = pino({ level }, destination);
    // As bootstrap.ts: the caller's x-request-id, else a fresh one.
    let n = 0;
    fastify = Fastify({
      genReqId: (req) => (req.headers['x-request-id'] as string | undefined) ?? `gen-${++n}`,
    });
    registerRequestLog(fastify, root);
    const appLogger = new PinoLogger({ pinoHttp: { logger: root } });
    appLogger.setContext('Problem');
    fastify.get('/health', async () => ({ status: 'ok' }));
    fastify.get('/metrics', async () => '');
    fastify.get('/things', async () => ({ ok: true }));
    fastify.get('/missing', async (_request, reply) => reply.status(404).send({}));
    fastify.get('/boom', async (_request, reply) => {
      await new Promise((resolve) => setImmediate(resolve));
      appLogger.error('the cause');
      return reply.status(500).send({});
    });
    await fastify.ready();
  }
  afterEach(async () => fastify?.close());

  it('writes one line per request: id, method, redacted url, status, time, at info', async () => {
    await start('info');
    await fastify.inject({
      url: '/things?q=steel&token=secret1&access_token=secret2',
      headers: { 'x-request-id': 'abc-123', authorization: 'Bearer x' },
    });
    await fastify.inject({ url: '/missing' });
    expect(lines).toHaveLength(2);
    const [line, missing] = lines;
    expect(line).toMatchObject({
      level: 30,
      req: {
        id: 'abc-123',
        method: 'GET',
        url: '/things?q=steel&token=[redacted]&access_token=[redacted]',
      },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(Object.keys(line.req).sort()).toEqual(['id', 'method', 'url']);
    expect(JSON.stringify(line)).not.toMatch(/secret|Bearer/);
    expect(typeof line.responseTime).toBe('number');
    expect(missing).toMatchObject({ level: 30, req: { id: 'gen-1' }, res: { statusCode: 404 } });
  });

  it('logs a 5xx at info as pino-http did, and app logs during the request carry its id', async () => {
    await start('info');
    await fastify.inject({ url: '/boom', headers: { 'x-request-id': 'r-5' } });
    const [app, line] = lines;
    expect(app).toMatchObject({ level: 50, context: 'Problem', msg: 'the cause' });
    expect(app.req).toEqual({ id: 'r-5', method: 'GET', url: '/boom' });
    expect(line).toMatchObject({
      level: 30,
      req: { id: 'r-5' },
      res: { statusCode: 500 },
      err: { type: 'Error', message: 'failed with status code 500' },
      msg: 'request errored',
    });
  });

  it('skips /health and /metrics', async () => {
    await start('info');
    await fastify.inject({ url: '/health' });
    await fastify.inject({ url: '/metrics' });
    expect(lines).toEqual([]);
  });

  it('at LOG_LEVEL=warn writes no request line, only the app errors', async () => {
    await start('warn');
    await fastify.inject({ url: '/things' });
    await fastify.inject({ url: '/boom', headers: { 'x-request-id': 'r-6' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'the cause', req: { id: 'r-6' } });
  });
});
