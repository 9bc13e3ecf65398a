import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ensureS3 } from './s3';
import { Service } from './service';

/** The local storage holds presigned URLs to what they were signed for, as S3 does. */
describe('local S3 storage (s3rver on its thread)', () => {
  let dataDir: string;
  let s3: Service;
  let client: S3Client;
  const bucket = 'niaz-attachments';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'niaz-s3-spec-'));
    s3 = await ensureS3({ dataDir, port: 0, env: {} });
    client = new S3Client({
      endpoint: s3.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
    });
  });
  afterAll(async () => {
    client?.destroy();
    await s3?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const presignPut = (key: string, contentType: string, size: number, expiresIn = 60) =>
    getSignedUrl(
      client,
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        ContentType: contentType,
        ContentLength: size,
      }),
      { expiresIn, signableHeaders: new Set(['content-type', 'content-length']) },
    );
  const put = async (url: string, body: Buffer, contentType: string) =>
    (await fetch(url, { method: 'PUT', body, headers: { 'content-type': contentType } })).status;

  it('stores a presigned PUT of exactly the signed key, type and length', async () => {
    const bytes = Buffer.from('%PDF-1.7\n0123456789');
    const url = await presignPut('need/a/b', 'application/pdf', bytes.length);
    expect(await put(url, bytes, 'application/pdf')).toBe(200);
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: 'need/a/b' }));
    expect(head.ContentLength).toBe(bytes.length);

    expect(await put(url.replace('/need/a/b?', '/need/a/c?'), bytes, 'application/pdf')).toBe(403);
    expect(await put(url, bytes, 'text/html')).toBe(403);
    expect(await put(url, Buffer.concat([bytes, bytes]), 'application/pdf')).toBe(403);
    const forged = url.replace(/X-Amz-Signature=[0-9a-f]+/, `X-Amz-Signature=${'0'.repeat(64)}`);
    expect(await put(forged, bytes, 'application/pdf')).toBe(403);
    const later = url.replace(/X-Amz-Expires=\d+/, 'X-Amz-Expires=3600');
    expect(await put(later, bytes, 'application/pdf')).toBe(403);
  });

  it('refuses an expired URL and a header signature made with another secret', async () => {
    const url = await presignPut('need/a/late', 'application/pdf', 3, 1);
    await new Promise((r) => setTimeout(r, 2100));
    expect(await put(url, Buffer.from('abc'), 'application/pdf')).toBe(403);

    const stranger = new S3Client({
      endpoint: s3.url,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'not-the-secret' },
    });
    await expect(
      stranger.send(new GetObjectCommand({ Bucket: bucket, Key: 'need/a/b' })),
    ).rejects.toMatchObject({ name: 'SignatureDoesNotMatch' });
    stranger.destroy();
  });

  it('answers presigned GETs with response overrides and CORS preflights', async () => {
    const url = await getSignedUrl(
      client,
      new GetObjectCommand({
        Bucket: bucket,
        Key: 'need/a/b',
        ResponseContentDisposition: `attachment; filename="x.pdf"; filename*=UTF-8''${encodeURIComponent('نقشه (۱).pdf')}`,
        ResponseContentType: 'application/pdf',
      }),
      { expiresIn: 60 },
    );
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('x.pdf');
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' },
    });
    expect(preflight.status).toBe(200);
  });
});
