import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const API_KEY_SCOPES = ['read', 'admin'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** What the store keeps of a key: never the secret, only its hash. */
export interface ApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly secretHash: string;
  readonly scopes: readonly ApiKeyScope[];
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** `nf_<id>_<secret>`: the id finds the record, the secret proves possession. */
const TOKEN_PATTERN = /^nf_([a-z0-9]{12})_([A-Za-z0-9_-]{32,64})$/;

export interface GeneratedApiKey {
  readonly id: string;
  readonly token: string;
  readonly secretHash: string;
}

export function generateApiKey(random: (size: number) => Buffer = randomBytes): GeneratedApiKey {
  const id = random(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12)
    .padEnd(12, '0');
  const secret = random(32).toString('base64url');
  return { id, token: `nf_${id}_${secret}`, secretHash: hashSecret(secret) };
}

export function parseApiKey(token: string): { id: string; secret: string } | null {
  const match = TOKEN_PATTERN.exec(token.trim());
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : null;
}

/** SHA-256 suffices: secrets are 256 random bits, so there is nothing to brute-force or look up. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, secretHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(secretHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Admin implies read. */
export function grants(scopes: readonly ApiKeyScope[], needed: ApiKeyScope): boolean {
  return scopes.includes(needed) || scopes.includes('admin');
}
