import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === true || value === 'true' || value === '1';

/** Every environment variable the apps read. Defaults suit `npm run demo` on one machine. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * Which peers may set X-Forwarded-For (the client address that per-IP limits use): `false`,
   * `true`, a hop count, or a comma list of addresses/CIDRs and `loopback`/`linklocal`/`uniquelocal`.
   */
  @Matches(/^(true|false|\d{1,2}|[\w.:/, -]{1,500})$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or a comma list of addresses',
  })
  TRUST_PROXY = 'loopback';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/niaz';

  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, {
    message: 'DATABASE_SCHEMA must be a lower-case SQL identifier',
  })
  DATABASE_SCHEMA = 'public';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 20;

  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Matches(/^[A-Za-z0-9_-]{1,40}$/, {
    message: 'QUEUE_PREFIX must be 1-40 letters, digits, - or _',
  })
  QUEUE_PREFIX = 'niaz';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  MEILI_URL = 'http://127.0.0.1:7700';

  @IsOptional()
  @IsString()
  MEILI_MASTER_KEY?: string;

  @Matches(/^[a-z0-9_]{0,40}$/, {
    message: 'MEILI_INDEX_PREFIX must be lower-case letters, digits or _',
  })
  MEILI_INDEX_PREFIX = '';

  /**
   * HS256 secret of access tokens. No default: production refuses to start without it;
   * elsewhere one is generated once and kept in `.data/secrets.json` (see loadAppConfig).
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'JWT_SECRET must be at least 16 characters' })
  JWT_SECRET!: string;

  /** Key of the e-mail unsubscribe links; same rules as JWT_SECRET. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'UNSUBSCRIBE_KEY must be at least 16 characters' })
  UNSUBSCRIBE_KEY!: string;

  @Type(() => Number)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS: number = 900;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TTL_DAYS: number = 30;

  /** Comma-separated origins, or `*`. */
  @IsString()
  CORS_ORIGINS = 'http://localhost:3000,http://localhost:5173';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  PUBLIC_URL = 'http://localhost:3000';

  /** Failed sign-ins per (account, client address) per LOGIN_RATE_WINDOW_SECONDS (3× that per address). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_RATE_LIMIT: number = 10;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  LOGIN_RATE_WINDOW_SECONDS: number = 60;

  /**
   * Failed sign-ins of one account from all addresses per LOGIN_ACCOUNT_WINDOW_SECONDS. Past
   * it, only addresses that have not failed on this account may still try: a stranger's
   * guesses cannot lock the owner out.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  LOGIN_ACCOUNT_FAILURE_LIMIT: number = 50;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  LOGIN_ACCOUNT_WINDOW_SECONDS: number = 900;

  /**
   * `required`: until the owner clicks the link in the verification e-mail, an account may
   * sign in and look but not publish, bid or sign NDAs. `optional` (the demo): it may act at
   * once. Default: `required` in production, `optional` elsewhere.
   */
  @IsOptional()
  @IsIn(['required', 'optional'])
  EMAIL_VERIFICATION!: 'required' | 'optional';

  // Abuse limits, counted in Redis (shared by every api replica). `npm run demo` and the
  // tests raise them; the defaults suit production.

  /** Writes (POST, PUT, PATCH, DELETE) per client address per minute. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_WRITES_PER_MINUTE_IP: number = 300;

  /** Writes per signed-in user per minute. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_WRITES_PER_MINUTE_USER: number = 120;

  /** Registrations per client address per hour (holds back probing which addresses exist). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_REGISTER_PER_HOUR_IP: number = 10;

  /** Password-reset and verification e-mails per address per hour (4× that per client address). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  RATE_LIMIT_EMAILS_PER_HOUR: number = 5;

  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Niaz <no-reply@niaz.local>';

  @Transform(toBool)
  @IsBoolean()
  WEBHOOKS_ALLOW_PRIVATE = false;

  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(30000)
  WEBHOOK_TIMEOUT_MS: number = 5000;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  MESSENGER_API_BASE?: string;

  @IsOptional()
  @IsString()
  MESSENGER_BOT_TOKEN?: string;

  @IsOptional()
  @IsString()
  MESSENGER_BOT_USERNAME?: string;

  /** An amendment closer than this to a need's bid deadline moves the deadline this far out. */
  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(60)
  AMENDMENT_MIN_DAYS: number = 3;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  MATCH_TOP_N: number = 20;

  @Type(() => Number)
  @IsNumber()
  @Min(0)
  @Max(1)
  MATCH_MIN_SCORE: number = 0.3;

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS: number = 1000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_CONCURRENCY: number = 20;

  /** Relayed outbox rows older than this many days are deleted (a daily job scheduler). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3650)
  OUTBOX_RETENTION_DAYS: number = 14;

  /** How often the worker checks that its job schedulers still exist in Redis (ms). */
  @Type(() => Number)
  @IsInt()
  @Min(200)
  @Max(600000)
  JOB_SCHEDULE_CHECK_MS: number = 20000;

  /** How long a catalog PDF request waits for the worker to typeset a new version (ms). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(120000)
  CATALOG_PDF_WAIT_MS: number = 20000;

  /** How often the search reconciler compares the indexes with PostgreSQL (ms). */
  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(86400000)
  SEARCH_RECONCILE_MS: number = 300000;

  /**
   * Indexing jobs at once per worker. They mostly wait for Meilisearch to apply their write;
   * many in flight let it batch them (one small write at a time would cap publishes near
   * the rate of its batches, measured ~50/s on 2 cores).
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  SEARCH_INDEX_CONCURRENCY: number = 100;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(120000)
  SHUTDOWN_TIMEOUT_MS: number = 15000;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  // Notifications (libs/notifications): deliveries, digests, messenger updates.

  /** Tries per external delivery (e-mail, webhook, messenger) before it is listed as failed. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  NOTIFY_DELIVERY_ATTEMPTS: number = 12;

  /** First retry delay of a delivery; each next one doubles (tests make it small). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3_600_000)
  NOTIFY_BACKOFF_MS: number = 5000;

  /** How long a notification or delivery job may go silent before another worker retakes it. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(600_000)
  NOTIFY_LOCK_MS: number = 30000;

  /** When the daily digest is gathered (cron, UTC). */
  @Matches(/^\S+( \S+){4,5}$/, { message: 'NOTIFY_DIGEST_CRON must be a cron pattern' })
  NOTIFY_DIGEST_CRON = '0 5 * * *';

  /** How the bot receives `/start <code>`: a getUpdates poller in the worker, or Bot API webhook calls. */
  @IsIn(['poll', 'webhook', 'off'])
  MESSENGER_UPDATES: 'poll' | 'webhook' | 'off' = 'poll';

  /** Secret the Bot API sends back in `X-Telegram-Bot-Api-Secret-Token` (webhook mode). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{16,256}$/, {
    message: 'MESSENGER_WEBHOOK_SECRET must be 16-256 letters, digits, _ or -',
  })
  MESSENGER_WEBHOOK_SECRET?: string;

  @Type(() => Number)
  @IsInt()
  @Min(200)
  @Max(60000)
  MESSENGER_POLL_MS: number = 2000;

  /** Where deep links point, e.g. https://t.me or https://ble.ir (derived from MESSENGER_API_BASE). */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  MESSENGER_LINK_BASE?: string;

  // Attachments (libs/attachments): bytes in S3-compatible object storage, metadata in PostgreSQL.

  /** S3-compatible endpoint (AWS, SeaweedFS, Garage, Ceph RGW…); the demo and tests start s3rver when it does not answer. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  S3_ENDPOINT = 'http://127.0.0.1:4568';

  /** The endpoint browsers use for presigned URLs, when it differs from S3_ENDPOINT. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  S3_PUBLIC_ENDPOINT?: string;

  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'S3_REGION must be a region name such as us-east-1' })
  S3_REGION = 'us-east-1';

  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a bucket name' })
  S3_BUCKET = 'niaz-attachments';

  @IsString()
  S3_ACCESS_KEY_ID = 'S3RVER';

  @IsString()
  S3_SECRET_ACCESS_KEY = 'S3RVER';

  /** Path-style URLs (http://host/bucket/key): what SeaweedFS, Garage, Ceph and s3rver expect. */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5120)
  ATTACHMENT_MAX_MB: number = 25;

  /** All of one need's files together. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(51200)
  ATTACHMENT_MAX_MB_PER_NEED: number = 200;

  /** Open Contracting ocid prefix (`ocds-` + the publisher's registered prefix). */
  @Matches(/^ocds-[a-z0-9]{1,20}$/, { message: 'OCDS_PREFIX must look like ocds-abc123' })
  OCDS_PREFIX = 'ocds-niaz00';
}
