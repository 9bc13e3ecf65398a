import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AppConfig } from '@niaz/core';

export interface StoredObject {
  size: number;
}

/** Up to `bytes` bytes from the stream's start; the rest is never read (the body is dropped). */
async function firstBytes(body: Readable, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= bytes) break;
  }
  body.destroy();
  return Buffer.concat(chunks).subarray(0, bytes);
}

/**
 * The only place that talks to the S3-compatible object storage (AWS SDK v3). Bytes travel
 * between browsers and the storage through presigned URLs; the api reads only an object's
 * first bytes, and the worker its checksum, streaming.
 */
@Injectable()
export class ObjectStorage implements OnModuleDestroy {
  private readonly logger = new Logger(ObjectStorage.name);
  private readonly client: S3Client;
  /** Signs URLs for browsers (S3_PUBLIC_ENDPOINT when the storage is reached by another name). */
  private readonly signer: S3Client;
  readonly bucket: string;
  private bucketReady?: Promise<void>;

  constructor(config: AppConfig) {
    const env = config.env;
    const common = {
      region: env.S3_REGION,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
      // Checksums only where S3 requires them: s3rver and several S3 services do not know
      // the SDK's default CRC32 trailers.
      requestChecksumCalculation: 'WHEN_REQUIRED' as const,
      responseChecksumValidation: 'WHEN_REQUIRED' as const,
    };
    this.client = new S3Client({ ...common, endpoint: env.S3_ENDPOINT });
    this.signer = env.S3_PUBLIC_ENDPOINT
      ? new S3Client({ ...common, endpoint: env.S3_PUBLIC_ENDPOINT })
      : this.client;
    this.bucket = env.S3_BUCKET;
  }

  onModuleDestroy(): void {
    // Keep-alive sockets would hold the process open after the app closes.
    this.client.destroy();
    if (this.signer !== this.client) this.signer.destroy();
  }

  /** Creates the bucket on first use when it is missing (a managed service may have made it already). */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= (async () => {
      try {
        await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      } catch {
        await this.client.send(new CreateBucketCommand({ Bucket: this.bucket })).catch((e) => {
          this.logger.warn(`could not create bucket ${this.bucket}: ${String(e)}`);
        });
      }
    })();
    return this.bucketReady;
  }

  /** A URL that accepts one PUT of exactly this type and length, until `expiresIn` seconds pass. */
  async presignPut(
    key: string,
    contentType: string,
    size: number,
    expiresIn: number,
  ): Promise<string> {
    await this.ensureBucket();
    return getSignedUrl(
      this.signer,
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ContentType: contentType,
        ContentLength: size,
      }),
      { expiresIn, signableHeaders: new Set(['content-type', 'content-length']) },
    );
  }

  /** A URL that downloads the object as an attachment named `disposition`. */
  async presignGet(
    key: string,
    disposition: string,
    contentType: string,
    expiresIn: number,
  ): Promise<string> {
    await this.ensureBucket();
    return getSignedUrl(
      this.signer,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ResponseContentDisposition: disposition,
        ResponseContentType: contentType,
      }),
      { expiresIn },
    );
  }

  /** Stores a body (the bench's raw baseline, and tests); the product uploads through presigned URLs. */
  async put(
    key: string,
    body: Buffer | Readable,
    contentType: string,
    size: number,
  ): Promise<void> {
    await this.ensureBucket();
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: body,
        ContentType: contentType,
        ContentLength: size,
      }),
    );
  }

  /** The object's size, or null when there is none. */
  async head(key: string): Promise<StoredObject | null> {
    await this.ensureBucket();
    try {
      const res = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: Number(res.ContentLength ?? 0) };
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (e as Error).name === 'NotFound' || (e as Error).name === 'NoSuchKey')
        return null;
      throw e;
    }
  }

  /**
   * The object's size and first `bytes` bytes (for type detection) in one ranged GET, or null
   * when there is none: one round trip to the storage where a HEAD and a GET took two.
   */
  async readStart(key: string, bytes = 4096): Promise<(StoredObject & { head: Buffer }) | null> {
    await this.ensureBucket();
    try {
      const res = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
      );
      const head = await firstBytes(res.Body as Readable, bytes);
      // "bytes 0-4095/20971520"; a storage that ignores the range answers the whole object.
      const total = /\/(\d+)$/.exec(res.ContentRange ?? '')?.[1];
      return { size: total ? Number(total) : Number(res.ContentLength ?? head.length), head };
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 404 || (e as Error).name === 'NoSuchKey') return null;
      // An empty object has no byte 0.
      if (status === 416 || (e as Error).name === 'InvalidRange') {
        const stored = await this.head(key);
        return stored && { ...stored, head: Buffer.alloc(0) };
      }
      throw e;
    }
  }

  /** The object's SHA-256, hex, read streaming: memory stays at one chunk whatever the size. */
  async sha256(key: string): Promise<string> {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    const hash = createHash('sha256');
    for await (const chunk of res.Body as Readable) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  /** Copies the object into a local file, streaming (the ZIP check reads archives at random). */
  async downloadTo(key: string, path: string): Promise<void> {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    await pipeline(res.Body as Readable, createWriteStream(path));
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
