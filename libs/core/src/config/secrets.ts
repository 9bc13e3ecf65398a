import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { EnvironmentVariables } from './env.schema';

/** The secrets no code may carry a default for. */
export const SECRET_NAMES = ['JWT_SECRET', 'UNSUBSCRIBE_KEY'] as const;
type SecretName = (typeof SECRET_NAMES)[number];

/** Where generated development secrets live (`.data/secrets.json` beside the repo by default). */
export function secretsFile(source: NodeJS.ProcessEnv): string {
  return join(source.NIAZ_DATA_DIR || join(process.cwd(), '.data'), 'secrets.json');
}

/**
 * Returns the secrets production lacks (the caller refuses to boot). Production refuses to start without every secret set. Elsewhere a missing secret is
 * generated once (random 32 bytes) and kept in `.data/secrets.json`, so the demo's sessions
 * and unsubscribe links survive a restart and the api and worker agree; the log says so.
 */
export function fillSecrets(env: EnvironmentVariables, source: NodeJS.ProcessEnv): SecretName[] {
  const missing = SECRET_NAMES.filter((name) => !env[name]);
  if (missing.length === 0 || env.NODE_ENV === 'production') return missing;
  const file = secretsFile(source);
  const stored = readOrCreate(file);
  for (const name of missing) env[name] = stored[name];
  new Logger('Secrets').warn(
    `${missing.join(', ')} not set: using the generated development secret(s) kept in ${file} (production refuses to start without them)`,
  );
  return [];
}

function readOrCreate(file: string): Record<SecretName, string> {
  const existing = tryRead(file);
  const fresh = Object.fromEntries(
    SECRET_NAMES.map((name) => [name, randomBytes(32).toString('base64url')]),
  ) as Record<SecretName, string>;
  if (existing && SECRET_NAMES.every((name) => existing[name]))
    return existing as Record<SecretName, string>;
  const merged = { ...fresh, ...(existing ?? {}) };
  mkdirSync(join(file, '..'), { recursive: true });
  try {
    // `wx`: the first process to boot (api or worker) makes the file; the other reads it.
    writeFileSync(file, JSON.stringify(merged, null, 2), {
      flag: existing ? 'w' : 'wx',
      mode: 0o600,
    });
    return merged;
  } catch {
    const raced = tryRead(file);
    if (raced && SECRET_NAMES.every((name) => raced[name]))
      return raced as Record<SecretName, string>;
    throw new Error(`cannot keep generated secrets in ${file}`);
  }
}

function tryRead(file: string): Partial<Record<SecretName, string>> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretName, string>>;
  } catch {
    return undefined;
  }
}
