import { createHash, createSecretKey, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The raw component for POST /needs (issue 22): a bare Fastify route in a process of its own
 * doing the request's unavoidable work the way the api does it, and nothing else: parse the
 * JSON body, verify the access token (the same HS256 KeyObject), load the caller with the
 * login's revocation and memberships in one query (the api's SQL), and write the draft, its
 * audit record and its chain's first entry in one prepared statement (the api's columns),
 * then answer the row as JSON. No Nest, no validation, no abuse limits, no logging. The bench
 * measures it with the same load and /proc CPU as the api, so the report can say which
 * component's CPU bounds POST /needs. Started by `measureBareCreate` (fork, IPC: `{ port }`).
 */
const PRINCIPAL = `SELECT u.id, u.email, u.name, u.language, u."isAdmin", u."emailVerifiedAt" IS NOT NULL AS "emailVerified", m."organizationId", m.role, o.kinds, o.verified
         FROM app_user u
         LEFT JOIN membership m ON m."userId" = u.id
         LEFT JOIN organization o ON o.id = m."organizationId"
        WHERE u.id = $1
          AND NOT EXISTS (SELECT 1 FROM refresh_token r WHERE r."familyId" = $2 AND r."revokedAt" IS NOT NULL)
        ORDER BY m."createdAt", m.seq`;

const INSERT = `WITH created AS (
  INSERT INTO need (id, "organizationId", "createdById", status, title, description, language, "hsCodes",
    "quantityPerYear", unit, "annualImportValueAmount", "annualImportValueCurrency", "requiredCertifications",
    "bidDeadline", "clarificationsUntil", country, province, "timeZone", details)
  VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
  RETURNING id, seq, "createdAt", "updatedAt", translations, "ndaRequired", "bidsVisibleBeforeDeadline", "amendmentCount"
), audit AS (
  INSERT INTO audit_entry ("actorId", "subjectType", "subjectId", action, before, after)
  VALUES ($3, 'need', $1, 'create', NULL, $19)
), entry AS (
  INSERT INTO need_audit_entry ("needId", seq, type, "actorId", "bidId", "organizationId", data, at, "prevHash", hash)
  VALUES ($1, 1, 'create', $3, NULL, NULL, '{}', $20, $21, $22)
)
SELECT * FROM created`;

const GENESIS = '0'.repeat(64);

interface Body {
  title: string;
  description?: string;
  language?: string;
  hsCodes: string[];
  quantityPerYear?: number;
  unit?: string;
  annualImportValue?: { amount: string; currency: string };
  requiredCertifications?: string[];
  bidDeadline: string;
  country: string;
  province?: string;
  details?: string;
}

async function main(): Promise<void> {
  const jwt = new JwtService({ secret: createSecretKey(Buffer.from(process.env.JWT_SECRET!)) });
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = fastify({ logger: false });
  app.post('/api/v1/needs', async (request, reply) => {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    let claims: { sub: string; sid: string };
    try {
      claims = jwt.verify(match?.[1] ?? '', { algorithms: ['HS256'] });
    } catch {
      return reply.code(401).send({ status: 401 });
    }
    const principal = await pool.query<{ organizationId: string | null; kinds: string[] | null }>({
      name: 'bare_principal',
      text: PRINCIPAL,
      values: [claims.sub, claims.sid],
    });
    const organizationId = principal.rows.find((r) =>
      r.kinds?.includes('manufacturer'),
    )?.organizationId;
    if (!organizationId) return reply.code(403).send({ status: 403 });
    const b = request.body as Body;
    const id = randomUUID();
    const at = new Date();
    const deadline = new Date(b.bidDeadline);
    const hash = createHash('sha256')
      .update(JSON.stringify({ needId: id, seq: 1, type: 'create', actorId: claims.sub, at }))
      .update(GENESIS)
      .digest('hex');
    const { rows } = await pool.query({
      name: 'bare_insert',
      text: INSERT,
      values: [
        id,
        organizationId,
        claims.sub,
        b.title,
        b.description ?? '',
        b.language ?? 'en',
        b.hsCodes,
        b.quantityPerYear ?? null,
        b.unit ?? null,
        b.annualImportValue?.amount ?? null,
        b.annualImportValue?.currency ?? null,
        b.requiredCertifications ?? [],
        deadline,
        new Date(deadline.getTime() - 2 * 86400_000),
        b.country,
        b.province ?? null,
        'Asia/Tehran',
        b.details ?? null,
        JSON.stringify({ status: 'draft' }),
        at,
        GENESIS,
        hash,
      ],
    });
    return reply.code(201).send({ ...b, ...rows[0], organizationId, status: 'draft' });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}

void main();
