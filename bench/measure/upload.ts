import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
 * A drawing through the product: POST /attachments, PUT to the presigned URL, POST complete
 * (size and the first bytes' type checked; the worker hashes later), each round timed whole; beside a
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
  const rounds = opts.rounds ?? 5;
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
  const apiRssBeforeMb = rssMb(opts.apiPid);
  const project: number[] = [];
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
    const put = await fetch(created.uploadUrl!, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    if (!put.ok) throw new Error(`presigned PUT: ${put.status}`);
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
  }
  const apiRssAfterMb = rssMb(opts.apiPid);
  const client = new S3Client({
    endpoint: opts.s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: opts.s3.accessKeyId, secretAccessKey: opts.s3.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  const raw: number[] = [];
  for (let i = 0; i < rounds + 1; i++) {
    const t = performance.now();
    await client.send(
      new PutObjectCommand({
        Bucket: opts.s3.bucket,
        Key: `bench/raw-${i}`,
        Body: bytes,
        ContentType: 'application/pdf',
      }),
    );
    if (i > 0) raw.push(performance.now() - t);
  }
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
