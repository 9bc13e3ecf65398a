import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AttachmentsService, ObjectStorage } from '@niaz/attachments';
import { buildZip, SAMPLE_FILES, waitFor } from '@niaz/testing';
import { ApiTestContext, startApi } from './support/api-app';
import { Actor, bearer, bidPayload, needPayload, register } from './support/actors';
import { openApiChecker } from './support/openapi-responses';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('%%EOF'),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(512, 1),
]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Attachments on real services: PostgreSQL, the api and a local S3 server (s3rver, with
 * presigned expiry checked by it and SigV4 signatures by scripts/stack/s3rver-thread.js).
 * Bytes go straight to storage through
 * presigned URLs; every rule is checked on the api's side.
 */
describe('attachments (real S3 storage)', () => {
  let ctx: ApiTestContext;
  let owner: Actor;
  let signer: Actor;
  let stranger: Actor;
  let check: Awaited<ReturnType<typeof openApiChecker>>;
  const api = () => request(ctx.url);

  beforeAll(async () => {
    // The worker records each upload's checksum.
    ctx = await startApi({ worker: true });
    check = await openApiChecker(ctx.url);
    owner = await register(ctx, ['manufacturer']);
    signer = await register(ctx, ['supplier']);
    stranger = await register(ctx, ['supplier']);
  });
  afterAll(async () => ctx?.close());

  async function call(
    method: 'get' | 'post' | 'delete',
    path: string,
    template: string,
    actor?: Actor,
    body?: object,
  ) {
    const req = api()[method](path).set(bearer(actor));
    const res = body ? await req.send(body) : await req;
    check(method, template, res);
    return res;
  }

  async function draftNeed(overrides: Record<string, unknown> = {}) {
    return (
      await api().post('/api/v1/needs').set(bearer(owner)).send(needPayload(overrides)).expect(201)
    ).body.id as string;
  }
  const publish = (id: string) =>
    api().post(`/api/v1/needs/${id}/publish`).set(bearer(owner)).expect(200);
  async function openNeed(overrides: Record<string, unknown> = {}) {
    const id = await draftNeed(overrides);
    await publish(id);
    return id;
  }

  async function announce(actor: Actor, target: object, name: string, bytes: Buffer, extra = {}) {
    return call('post', '/api/v1/attachments', '/api/v1/attachments', actor, {
      target,
      name,
      size: bytes.length,
      contentType: name.endsWith('.png') ? 'image/png' : 'application/pdf',
      ...extra,
    });
  }

  async function put(url: string, bytes: Buffer, contentType: string) {
    return fetch(url, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': contentType, 'content-length': String(bytes.length) },
    });
  }

  /** Announce, PUT the bytes to the presigned URL, complete: the whole upload. */
  async function upload(actor: Actor, target: object, name: string, bytes: Buffer, extra = {}) {
    const created = await announce(actor, target, name, bytes, extra);
    expect(created.status).toBe(201);
    const stored = await put(created.body.uploadUrl, bytes, created.body.contentType);
    expect(stored.status).toBe(200);
    const done = await call(
      'post',
      `/api/v1/attachments/${created.body.id}/complete`,
      '/api/v1/attachments/{id}/complete',
      actor,
    );
    expect(done.status).toBe(200);
    return done.body as { id: string; checksum: string; status: string };
  }

  const list = (actor: Actor | undefined, targetType: string, targetId: string) =>
    call(
      'get',
      `/api/v1/attachments?targetType=${targetType}&targetId=${targetId}`,
      '/api/v1/attachments',
      actor,
    );
  const download = (actor: Actor | undefined, id: string) =>
    call('get', `/api/v1/attachments/${id}/download`, '/api/v1/attachments/{id}/download', actor);

  it('keeps a need’s confidential drawing behind the NDA and logs who downloads it', async () => {
    // Files added to the draft: no amendment yet.
    const needId = await draftNeed();
    const drawing = await upload(owner, { type: 'need', id: needId }, 'نقشه قطعه ۶۲۰۴.pdf', PDF, {
      confidential: true,
    });
    expect(drawing).toMatchObject({ status: 'available' });
    // The worker reads the object back for its SHA-256.
    const listed = await waitFor(
      async () =>
        (await list(owner, 'need', needId)).body.items.find(
          (a: { id: string; checksum: string | null }) => a.id === drawing.id && a.checksum,
        ),
      { what: 'the checksum' },
    );
    expect(listed.checksum).toBe(sha256(PDF));
    const photo = await upload(owner, { type: 'need', id: needId }, 'sample.png', PNG);
    await publish(needId);

    for (const reader of [undefined, stranger]) {
      const visible = await list(reader, 'need', needId);
      expect(visible.status).toBe(200);
      expect(visible.body.items.map((a: { id: string }) => a.id)).toEqual([photo.id]);
    }
    expect((await download(undefined, drawing.id)).status).toBe(401);
    const refused = await download(stranger, drawing.id);
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((await download(undefined, photo.id)).status).toBe(200);

    await api()
      .post(`/api/v1/needs/${needId}/nda`)
      .set(bearer(signer))
      .send({ accept: true })
      .expect(200);
    expect((await list(signer, 'need', needId)).body.items).toHaveLength(2);
    const granted = await download(signer, drawing.id);
    expect(granted.status).toBe(200);
    const file = await fetch(granted.body.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    const disposition = file.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('نقشه قطعه ۶۲۰۴.pdf');

    const log = await call(
      'get',
      `/api/v1/attachments/${drawing.id}/downloads`,
      '/api/v1/attachments/{id}/downloads',
      owner,
    );
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      expect.objectContaining({ userId: signer.userId, organizationId: signer.organizationId }),
    ]);
    // Only the owning organisation reads the log.
    expect(
      (
        await call(
          'get',
          `/api/v1/attachments/${drawing.id}/downloads`,
          '/api/v1/attachments/{id}/downloads',
          signer,
        )
      ).status,
    ).toBe(404);
    // Nobody but the owner adds files to the need.
    expect((await announce(signer, { type: 'need', id: needId }, 'x.pdf', PDF)).status).toBe(403);
  });

  it('seals a bid’s files from everyone but the bidder, the need’s owner included, until opening; a withdrawn bid’s for good', async () => {
    const needId = await openNeed({ ndaRequired: false });
    const bidId = (
      await api()
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(signer))
        .send(bidPayload())
        .expect(201)
    ).body.id as string;
    const certificate = await upload(signer, { type: 'bid', id: bidId }, 'ISO-9001.pdf', PDF);
    const withdrawnBid = (
      await api()
        .post(`/api/v1/needs/${needId}/bids`)
        .set(bearer(stranger))
        .send(bidPayload())
        .expect(201)
    ).body.id as string;
    const offer = await upload(stranger, { type: 'bid', id: withdrawnBid }, 'offer.pdf', PDF);
    await api().post(`/api/v1/bids/${withdrawnBid}/withdraw`).set(bearer(stranger)).expect(200);

    // Before opening: the owner is refused, another supplier learns nothing, the bidder reads its own.
    expect((await list(owner, 'bid', bidId)).status).toBe(404);
    expect((await download(owner, certificate.id)).status).toBe(404);
    expect((await download(stranger, certificate.id)).status).toBe(404);
    expect((await list(stranger, 'bid', bidId)).status).toBe(404);
    expect((await download(undefined, certificate.id)).status).toBe(404);
    expect((await download(signer, certificate.id)).status).toBe(200);

    // The deadline passes: bidding closes, the bid's files freeze and open to the owner.
    const ds = ctx.app.get(DataSource);
    await ds.query(`UPDATE need SET "bidDeadline" = now() - interval '1 minute' WHERE id = $1`, [
      needId,
    ]);
    expect((await announce(signer, { type: 'bid', id: bidId }, 'late.pdf', PDF)).status).toBe(409);
    expect(
      (
        await call(
          'delete',
          `/api/v1/attachments/${certificate.id}`,
          '/api/v1/attachments/{id}',
          signer,
        )
      ).status,
    ).toBe(409);
    expect((await list(owner, 'bid', bidId)).body.items).toHaveLength(1);
    expect((await download(owner, certificate.id)).status).toBe(200);
    expect((await download(owner, offer.id)).status).toBe(404);
    const log = await call(
      'get',
      `/api/v1/attachments/${certificate.id}/downloads`,
      '/api/v1/attachments/{id}/downloads',
      signer,
    );
    expect(log.body.items).toEqual([expect.objectContaining({ userId: owner.userId })]);
  });

  it('makes a change of a published need’s files an amendment, bids or not', async () => {
    const needId = await openNeed({ ndaRequired: false });
    const missing = await announce(owner, { type: 'need', id: needId }, 'rev-b.pdf', PDF);
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual(expect.objectContaining({ field: 'rationale' }));
    const file = await upload(owner, { type: 'need', id: needId }, 'rev-b.pdf', PDF, {
      rationale: 'Tolerance corrected on sheet 2',
    });
    expect(
      (await call('delete', `/api/v1/attachments/${file.id}`, '/api/v1/attachments/{id}', owner))
        .status,
    ).toBe(400);
    expect(
      (
        await call(
          'delete',
          `/api/v1/attachments/${file.id}?rationale=Withdrawn%20sheet`,
          '/api/v1/attachments/{id}',
          owner,
        )
      ).status,
    ).toBe(204);
    const trail = await ctx.app
      .get(DataSource)
      .query(
        `SELECT after FROM audit_entry WHERE "subjectId" = $1 AND action = 'amend' ORDER BY id`,
        [needId],
      );
    expect(
      trail.map((r: { after: { attachment: { change: string } } }) => r.after.attachment.change),
    ).toEqual(['added', 'removed']);
    // A file whose bytes are refused, or whose upload is dropped, amends nothing.
    const liar = await announce(owner, { type: 'need', id: needId }, 'rev-x.pdf', PNG, {
      rationale: 'Never lands',
    });
    expect((await put(liar.body.uploadUrl, PNG, 'application/pdf')).status).toBe(200);
    expect(
      (
        await call(
          'post',
          `/api/v1/attachments/${liar.body.id}/complete`,
          '/api/v1/attachments/{id}/complete',
          owner,
        )
      ).status,
    ).toBe(400);
    const dropped = await announce(owner, { type: 'need', id: needId }, 'rev-y.pdf', PDF, {
      rationale: 'Dropped',
    });
    expect(
      (
        await call(
          'delete',
          `/api/v1/attachments/${dropped.body.id}`,
          '/api/v1/attachments/{id}',
          owner,
        )
      ).status,
    ).toBe(204);
    // The same changes stand in the need's hash-chained record, which still verifies; a
    // confidential file's name stays out of it.
    const secret = await upload(owner, { type: 'need', id: needId }, 'SECRET-rev-c.pdf', PDF, {
      rationale: 'Sheet 3 added',
      confidential: true,
    });
    expect(secret.status).toBe('available');
    const record = await api().get(`/api/v1/needs/${needId}/audit`).set(bearer(owner)).expect(200);
    const files = record.body.items.filter((e: { type: string }) => e.type === 'amend');
    expect(files.map((e: { data: { file: unknown; rationale: string } }) => e.data)).toEqual([
      expect.objectContaining({
        file: { change: 'added', confidential: false, name: 'rev-b.pdf' },
        rationale: 'Tolerance corrected on sheet 2',
      }),
      expect.objectContaining({
        file: { change: 'removed', confidential: false, name: 'rev-b.pdf' },
        rationale: 'Withdrawn sheet',
      }),
      expect.objectContaining({
        file: { change: 'added', confidential: true },
        rationale: 'Sheet 3 added',
      }),
    ]);
    expect(JSON.stringify(record.body)).not.toContain('SECRET');
    const verified = await api()
      .get(`/api/v1/needs/${needId}/audit/verify`)
      .set(bearer(owner))
      .expect(200);
    expect(verified.body).toMatchObject({ ok: true, firstBroken: null });
  });

  it('refuses bad files with problem+json and leaves nothing stored half-way', async () => {
    const needId = await draftNeed();
    const target = { type: 'need', id: needId };
    const bad = async (body: object, status: number, field: string) => {
      const res = await call('post', '/api/v1/attachments', '/api/v1/attachments', owner, {
        target,
        name: 'part.pdf',
        size: PDF.length,
        contentType: 'application/pdf',
        ...body,
      });
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field }));
    };
    await bad({ size: 26 * 1024 * 1024 }, 413, 'size');
    await bad({ size: 0 }, 400, 'size');
    await bad({ name: 'tool.exe', contentType: 'application/octet-stream' }, 400, 'contentType');
    await bad({ name: 'photo.png' }, 400, 'contentType');
    await bad({ name: '../../etc/passwd.pdf' }, 400, 'name');
    await bad({ name: 'invoice\u202Efdp.pdf' }, 400, 'name');
    await bad({ target: { type: 'need', id: 'nope' } }, 400, 'target.id');

    const storage = ctx.app.get(ObjectStorage);
    const ds = ctx.app.get(DataSource);
    // Declared a PDF, sent PNG bytes: refused at completion, object and row removed.
    const liar = await announce(owner, target, 'drawing.pdf', PNG);
    expect((await put(liar.body.uploadUrl, PNG, 'application/pdf')).status).toBe(200);
    const refused = await call(
      'post',
      `/api/v1/attachments/${liar.body.id}/complete`,
      '/api/v1/attachments/{id}/complete',
      owner,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual(expect.objectContaining({ field: 'contentType' }));
    expect(await storage.head(`need/${needId}/${liar.body.id}`)).toBeNull();
    expect(await ds.query(`SELECT 1 FROM attachment WHERE id = $1`, [liar.body.id])).toHaveLength(
      0,
    );

    // Completing before any upload is a state error; other bytes than signed are the storage's refusal.
    const early = await announce(owner, target, 'early.pdf', PDF);
    expect(
      (
        await call(
          'post',
          `/api/v1/attachments/${early.body.id}/complete`,
          '/api/v1/attachments/{id}/complete',
          owner,
        )
      ).status,
    ).toBe(409);
    // The storage holds a presigned URL to its length, key and type, as S3 does: fewer bytes
    // than declared, another object or another type are refused.
    const short = await announce(owner, target, 'short.pdf', PDF);
    expect((await put(short.body.uploadUrl, PDF.subarray(0, 100), 'application/pdf')).status).toBe(
      403,
    );
    const elsewhere = short.body.uploadUrl.replace(short.body.id, early.body.id);
    expect((await put(elsewhere, PDF, 'application/pdf')).status).toBe(403);
    expect((await put(short.body.uploadUrl, PDF, 'image/png')).status).toBe(403);
    // Fewer bytes stored anyway (a storage that does not check) are refused at completion,
    // nothing kept.
    await storage.put(
      `need/${needId}/${short.body.id}`,
      PDF.subarray(0, 100),
      'application/pdf',
      100,
    );
    const cut = await call(
      'post',
      `/api/v1/attachments/${short.body.id}/complete`,
      '/api/v1/attachments/{id}/complete',
      owner,
    );
    expect(cut.status).toBe(400);
    expect(cut.body.errors).toContainEqual(expect.objectContaining({ field: 'size' }));
    expect(await storage.head(`need/${needId}/${short.body.id}`)).toBeNull();
    // An expired presigned URL is refused by the storage itself.
    const shortLived = await storage.presignGet(
      `need/${needId}/${early.body.id}`,
      'attachment',
      'application/pdf',
      1,
    );
    await new Promise((r) => setTimeout(r, 2100));
    expect((await fetch(shortLived)).status).toBe(403);

    // The sweeper removes uploads that never completed, objects included.
    expect((await put(early.body.uploadUrl, PDF, 'application/pdf')).status).toBe(200);
    await ds.query(`UPDATE attachment SET "createdAt" = now() - interval '2 hours' WHERE id = $1`, [
      early.body.id,
    ]);
    expect(await ctx.app.get(AttachmentsService).sweepAbandoned()).toBeGreaterThanOrEqual(1);
    expect(await storage.head(`need/${needId}/${early.body.id}`)).toBeNull();
    expect(await ds.query(`SELECT 1 FROM attachment WHERE id = $1`, [early.body.id])).toHaveLength(
      0,
    );
  });

  it('shows an organisation’s certificates to all and lets only its members change them', async () => {
    const cert = await upload(
      signer,
      { type: 'organization', id: signer.organizationId },
      'ISO-13485.pdf',
      PDF,
    );
    const secret = await upload(
      signer,
      { type: 'organization', id: signer.organizationId },
      'price-list.pdf',
      PDF,
      {
        confidential: true,
      },
    );
    const seen = await list(undefined, 'organization', signer.organizationId);
    expect(seen.body.items.map((a: { id: string }) => a.id)).toEqual([cert.id]);
    expect((await list(signer, 'organization', signer.organizationId)).body.items).toHaveLength(2);
    expect((await download(stranger, secret.id)).status).toBe(404);
    expect(
      (await announce(stranger, { type: 'organization', id: signer.organizationId }, 'x.pdf', PDF))
        .status,
    ).toBe(403);
    expect(
      (await call('delete', `/api/v1/attachments/${cert.id}`, '/api/v1/attachments/{id}', stranger))
        .status,
    ).toBe(404);
    expect(
      (await call('delete', `/api/v1/attachments/${cert.id}`, '/api/v1/attachments/{id}', signer))
        .status,
    ).toBe(204);
    expect((await list(undefined, 'organization', signer.organizationId)).body.items).toEqual([]);
  });
  it('opens a ZIP before offering it: refuses bombs, traversal, encryption, deep nesting and foreign types, in the reader’s language', async () => {
    const needId = await draftNeed();
    const target = { type: 'need', id: needId };
    const storage = ctx.app.get(ObjectStorage);
    const ds = ctx.app.get(DataSource);
    const zipUpload = async (zip: Buffer, lang = 'en') => {
      const created = await announce(owner, target, 'drawings.zip', zip, {
        contentType: 'application/zip',
      });
      expect(created.status).toBe(201);
      expect((await put(created.body.uploadUrl, zip, 'application/zip')).status).toBe(200);
      const req = api()
        .post(`/api/v1/attachments/${created.body.id}/complete`)
        .set(bearer(owner))
        .set('accept-language', lang);
      const res = await req;
      check('post', '/api/v1/attachments/{id}/complete', res);
      return { id: created.body.id as string, res };
    };
    const { pdf, png, dxf } = SAMPLE_FILES;

    const good = await zipUpload(
      buildZip([
        { name: 'نقشه/part.dxf', data: dxf },
        { name: 'spec.pdf', data: pdf },
        { name: 'photos.zip', data: buildZip([{ name: 'a.png', data: png }]), store: true },
      ]),
    );
    expect(good.res.status).toBe(200);
    expect(good.res.body).toMatchObject({ kind: 'zip', status: 'available' });

    const cases: Array<[Buffer, string, string]> = [
      [
        buildZip([{ name: 'bomb.pdf', data: Buffer.concat([pdf, Buffer.alloc(8 * 1024 * 1024)]) }]),
        'zipBomb',
        'bomb.pdf',
      ],
      [
        buildZip([{ name: '../../etc/cron.d/x.pdf', data: pdf }]),
        'zipPathTraversal',
        '../../etc/cron.d/x.pdf',
      ],
      [
        buildZip([{ name: 'locked.pdf', data: pdf, encrypted: true }]),
        'zipEncrypted',
        'locked.pdf',
      ],
      [
        buildZip([{ name: 'run.pdf', data: Buffer.from('#!/bin/sh\nrm -rf /\n') }]),
        'zipEntryType',
        'run.pdf',
      ],
      [
        buildZip([
          {
            name: 'a.zip',
            data: buildZip([{ name: 'b.zip', data: buildZip([{ name: 'c.pdf', data: pdf }]) }]),
          },
        ]),
        'zipTooDeep',
        'a.zip/b.zip',
      ],
    ];
    for (const [zip, code, entry] of cases) {
      const { id, res } = await zipUpload(zip);
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toMatch(/archive-refused$/);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'file', code, params: { entry } }),
      ]);
      // Nothing stays: neither the object nor the row.
      expect(await storage.head(`need/${needId}/${id}`)).toBeNull();
      expect(await ds.query(`SELECT 1 FROM attachment WHERE id = $1`, [id])).toHaveLength(0);
    }
    const fa = await zipUpload(
      buildZip([{ name: 'locked.pdf', data: pdf, encrypted: true }]),
      'fa',
    );
    expect(fa.res.status).toBe(422);
    expect(fa.res.body.errors[0].message).toMatch(/رمزگذاری/);
    const tr = await zipUpload(buildZip([{ name: '../x.pdf', data: pdf }]), 'tr');
    expect(tr.res.body.errors[0].message).toMatch(/klasör/);
    const listed = await list(owner, 'need', needId);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([good.id]);
  });
});
