import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { repoRoot } from '../repo-root';
import { EnsureOptions, existingService, Service } from './service';

export const DEFAULT_S3_ENDPOINT = 'http://127.0.0.1:4568';
const DEFAULT_BUCKET = 'niaz-attachments';
/** s3rver's one account: access key id and secret are both this. */
const S3RVER_KEY = 'S3RVER';
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
 * s3rver runs in a worker thread (`s3rver-thread.js`, which also checks SigV4 signatures): it
 * hashes (MD5, for the ETag) and writes every byte it receives, and on the caller's thread
 * that work queued behind the caller's own (the bench's client, a test, the demo launcher).
 */
async function startS3rverThread(
  options: Record<string, unknown>,
  log: (line: string) => void,
): Promise<{ port: number; close(): Promise<void> }> {
  const worker = new Worker(join(repoRoot(__dirname), 'scripts/stack/s3rver-thread.js'), {
    workerData: {
      s3rver: require.resolve('s3rver'),
      s3rverError: require.resolve('s3rver/lib/models/error'),
      secrets: { [S3RVER_KEY]: S3RVER_KEY },
      options,
    },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const started = await new Promise<{ port?: number; error?: string }>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (e) => resolve({ error: e.message }));
    worker.once('exit', (code) => resolve({ error: `s3rver's thread exited (${code})` }));
  });
  if (started.port === undefined) {
    await worker.terminate();
    throw new Error(`s3rver did not start: ${started.error}`);
  }
  // In process, s3rver's crash would have ended the process; on its thread it must be told.
  worker.on('error', (e) => log(`s3rver stopped: ${e.stack ?? e.message}`));
  return {
    port: started.port,
    close: async () => {
      worker.postMessage('close');
      // A thread that does not close within 5 s is ended.
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * S3-compatible storage for Niaz. Uses `S3_ENDPOINT` when it answers; otherwise starts
 * `s3rver` (npm) on its own thread of this process, checking SigV4 signatures (ours) and
 * presigned expiry (its own), on the endpoint's port, or any free port when `port` is 0 (then
 * the default endpoint is not probed), with its files under `<dataDir>/s3`. Its credentials
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
  const port = opts.port ?? Number(new URL(configured).port || 80);
  const server = await startS3rverThread(
    {
      address: '127.0.0.1',
      port,
      silent: true,
      directory: dir,
      // Path-style only: bucket names never taken from the Host header.
      vhostBuckets: false,
      // The bucket, with CORS so that the web app's browser can PUT to presigned URLs.
      configureBuckets: [{ name: env.S3_BUCKET || DEFAULT_BUCKET, configs: [CORS] }],
    },
    opts.log ?? console.error,
  );
  return {
    name: 'S3 storage (s3rver)',
    url: `http://127.0.0.1:${server.port}`,
    started: true,
    dataDir: dir,
    pid: process.pid,
    stop: () => server.close(),
  };
}
