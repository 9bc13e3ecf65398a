import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { summarize } from '../lib/stats';

const MB = 1024 * 1024;

const NEED = {
  title: 'Bench drawing upload',
  description: 'A need that carries a 20 MB drawing',
  language: 'en',
  hsCodes: ['848210'],
  quantityPerYear: 100,
  unit: 'piece',
  country: 'IR',
  bidDeadline: new Date(Date.now() + 30 * 86400_000).toISOString(),
};

function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return kb / 1024;
  } catch {
    return 0;
  }
}

async function json(res: Response, what: string) {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, string>;
}

/**
 * PUTs the bytes as a browser's XHR sends a File: straight from the bytes to the socket, with
 * their length. Node's `fetch` is not used here: it copies a Buffer body twice before sending
 * (undici's extractBody and the web stream's cloneAsUint8Array, ~20 ms each for 20 MB, and
 * as much again in garbage collection), on the same thread that times the upload; a browser
 * reads the file in its network process.
 */
function putBytes(url: string, bytes: Buffer, contentType: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { 'content-type': contentType, 'content-length': bytes.length } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

/** Waits until the worker has taken the attachment's checksum (it reads the whole object back). */
async function checksummed(
  apiUrl: string,
  auth: Record<string, string>,
  needId: string,
  id: string,
) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const list = (await json(
      await fetch(`${apiUrl}/api/v1/attachments?targetType=need&targetId=${needId}`, {
        headers: auth,
      }),
      'list',
    )) as unknown as { items: { id: string; checksum: string | null }[] };
    if (list.items.some((a) => a.id === id && a.checksum)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no checksum for ${id} after 30 s`);
}

export interface UploadFigures {
  projectMBps: number;
  rawMBps: number;
  sizeMb: number;
  rounds: number;
  apiRssBeforeMb: number;
  apiRssAfterMb: number;
  /** Median milliseconds of each step of the product's upload. */
  stepsMs: { announce: number; put: number; complete: number };
}

/**
 * A drawing through the product: POST /attachments, PUT to the presigned URL (as a browser
 * does, see putBytes), POST complete (size and the first bytes' type checked; the worker hashes
 * later, between rounds), each round timed whole; each followed by a
 * raw `PutObject` of the same bytes to the same storage. The api's RSS before and after
 * shows that the file does not pass through its memory.
 */
export async function measureUpload(opts: {
  apiUrl: string;
  apiPid: number;
  token: string;
  s3: { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string };
  sizeMb?: number;
  rounds?: number;
}): Promise<UploadFigures> {
  const sizeMb = opts.sizeMb ?? 20;
  const rounds = opts.rounds ?? 7;
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(sizeMb * MB - 9)]);
  const auth = { authorization: `Bearer ${opts.token}`, 'content-type': 'application/json' };
  const need = await json(
    await fetch(`${opts.apiUrl}/api/v1/needs`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify(NEED),
    }),
    'create need',
  );
  const client = new S3Client({
    endpoint: opts.s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: opts.s3.accessKeyId, secretAccessKey: opts.s3.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const apiRssBeforeMb = rssMb(opts.apiPid);
  const project: number[] = [];
  const raw: number[] = [];
  const steps = { announce: [] as number[], put: [] as number[], complete: [] as number[] };
  for (let i = 0; i < rounds + 1; i++) {
    const t = performance.now();
    let mark = t;
    const step = (name: keyof typeof steps) => {
      const now = performance.now();
      if (i > 0) steps[name].push(now - mark);
      mark = now;
    };
    const created = await json(
      await fetch(`${opts.apiUrl}/api/v1/attachments`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          target: { type: 'need', id: need.id },
          name: `drawing-${i}.pdf`,
          size: bytes.length,
          contentType: 'application/pdf',
          confidential: true,
        }),
      }),
      'announce',
    );
    step('announce');
    const status = await putBytes(created.uploadUrl!, bytes, 'application/pdf');
    if (status !== 200) throw new Error(`presigned PUT: ${status}`);
    step('put');
    await json(
      await fetch(`${opts.apiUrl}/api/v1/attachments/${created.id}/complete`, {
        method: 'POST',
        headers: { authorization: auth.authorization },
      }),
      'complete',
    );
    step('complete');
    // The first round warms the connections and the storage; it is not counted.
    if (i > 0) project.push(performance.now() - t);
    // Each upload starts, as each raw PutObject does, with no other work running: the
    // worker's checksum of this one (a read of all its bytes) is waited for, untimed.
    await checksummed(opts.apiUrl, auth, need.id, created.id!);
    // The raw PutObject of the same bytes right after, so that both see the same load.
    const r = performance.now();
    await client.send(
      new PutObjectCommand({
        Bucket: opts.s3.bucket,
        Key: `bench/raw-${i}`,
        Body: bytes,
        ContentType: 'application/pdf',
      }),
    );
    if (i > 0) raw.push(performance.now() - r);
  }
  const apiRssAfterMb = rssMb(opts.apiPid);
  client.destroy();
  const mbps = (ms: number[]) => Math.round((sizeMb / (summarize(ms).p50 / 1000)) * 10) / 10;
  return {
    projectMBps: mbps(project),
    rawMBps: mbps(raw),
    sizeMb,
    rounds,
    apiRssBeforeMb: Math.round(apiRssBeforeMb),
    apiRssAfterMb: Math.round(apiRssAfterMb),
    stepsMs: {
      announce: Math.round(summarize(steps.announce).p50),
      put: Math.round(summarize(steps.put).p50),
      complete: Math.round(summarize(steps.complete).p50),
    },
  };
}
