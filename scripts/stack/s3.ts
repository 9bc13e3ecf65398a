import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EnsureOptions, existingService, Service } from './service';

export const DEFAULT_S3_ENDPOINT = 'http://127.0.0.1:4568';
const DEFAULT_BUCKET = 'niaz-attachments';
const CORS = `<CORSConfiguration><CORSRule><AllowedOrigin>*</AllowedOrigin><AllowedMethod>GET</AllowedMethod><AllowedMethod>PUT</AllowedMethod><AllowedMethod>HEAD</AllowedMethod><AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/** true when something answers HTTP at `url` (any status: S3 answers 403 to an anonymous GET). */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * S3-compatible storage for Niaz. Uses `S3_ENDPOINT` when it answers; otherwise starts
 * `s3rver` (npm, in this process, SigV4 and presigned expiry checked) on the endpoint's port,
 * or any free port when `port` is 0 (then the default endpoint is not probed), with its files under `<dataDir>/s3`. Its credentials
 * are s3rver's fixed `S3RVER`/`S3RVER`, which are also the apps' defaults.
 */
export async function ensureS3(opts: EnsureOptions & { port?: number }): Promise<Service> {
  const env = opts.env ?? process.env;
  const configured = env.S3_ENDPOINT || DEFAULT_S3_ENDPOINT;
  // Tests (port 0) take their own server unless S3_ENDPOINT names one on purpose.
  const probe = opts.port !== 0 || !!env.S3_ENDPOINT;
  if (probe && (await answers(configured))) return existingService('S3 storage', configured);
  const dir = join(opts.dataDir, 's3');
  mkdirSync(dir, { recursive: true });
  // s3rver is CommonJS without types; loaded only when it is needed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rver = require('s3rver') as new (options: Record<string, unknown>) => {
    run(): Promise<{ port: number }>;
    close(): Promise<void>;
  };
  const port = opts.port ?? Number(new URL(configured).port || 80);
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: dir,
    // Path-style only: bucket names never taken from the Host header.
    vhostBuckets: false,
    // The bucket, with CORS so that the web app's browser can PUT to presigned URLs.
    configureBuckets: [{ name: env.S3_BUCKET || DEFAULT_BUCKET, configs: [CORS] }],
  });
  const address = await server.run();
  return {
    name: 'S3 storage (s3rver)',
    url: `http://127.0.0.1:${address.port}`,
    started: true,
    dataDir: dir,
    pid: process.pid,
    stop: () => server.close(),
  };
}
