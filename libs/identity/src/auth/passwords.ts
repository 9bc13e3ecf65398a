import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$LnkUUBbYI5iXauGyugDfdw$jpV7xC7+U5XoqjNrTfZQ+WHeYTAZZaGQLl7IWtJ4gEU';
