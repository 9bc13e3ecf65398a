import { plainToInstance } from 'class-transformer';
import { fillSecrets } from './secrets';
import { validateSync } from 'class-validator';
import { EnvironmentVariables } from './env.schema';

/** The typed configuration every app reads; built once at boot from the environment. */
export class AppConfig {
  constructor(readonly env: EnvironmentVariables) {}

  get isProduction() {
    return this.env.NODE_ENV === 'production';
  }
  get database() {
    return {
      url: this.env.DATABASE_URL,
      schema: this.env.DATABASE_SCHEMA,
      poolSize: this.env.DATABASE_POOL_SIZE,
    };
  }
  get redis() {
    return { url: this.env.REDIS_URL, queuePrefix: this.env.QUEUE_PREFIX };
  }
  get meili() {
    return {
      url: this.env.MEILI_URL,
      masterKey: this.env.MEILI_MASTER_KEY,
      indexPrefix: this.env.MEILI_INDEX_PREFIX,
    };
  }
  /** Fastify's `trustProxy` from TRUST_PROXY. */
  get trustProxy(): boolean | number | string {
    const raw = this.env.TRUST_PROXY.trim();
    if (raw === 'true' || raw === 'false') return raw === 'true';
    return /^\d+$/.test(raw) ? Number(raw) : raw;
  }
  get corsOrigins(): string[] | true {
    const raw = this.env.CORS_ORIGINS.trim();
    return raw === '*'
      ? true
      : raw
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean);
  }
}

export class InvalidEnvironmentError extends Error {}

/**
 * Validates the environment into a typed object. A wrong or missing value stops the boot
 * with a message naming each offending variable.
 */
export function loadAppConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const env = plainToInstance(EnvironmentVariables, raw, { enableImplicitConversion: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) =>
        `  ${e.property}=${JSON.stringify(source[e.property] ?? null)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new InvalidEnvironmentError(
      `Invalid environment, fix these variables:\n${lines.join('\n')}`,
    );
  }
  env.EMAIL_VERIFICATION ??= env.NODE_ENV === 'production' ? 'required' : 'optional';
  const missing = fillSecrets(env, source);
  if (missing.length > 0) {
    throw new InvalidEnvironmentError(
      `Invalid environment, fix these variables:\n${missing.map((m) => `  ${m}: must be set in production`).join('\n')}`,
    );
  }
  return new AppConfig(env);
}
