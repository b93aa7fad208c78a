import { Inject, Injectable } from '@nestjs/common';
import {
  generateApiKey,
  grants,
  hashSecret,
  parseApiKey,
  secretMatches,
  type ApiKeyRecord,
  type ApiKeyScope,
} from '../domain/api-key';
import { API_KEY_STORE, type ApiKeyStore } from '../ports/api-key.store';

export type Authentication =
  | { readonly ok: true; readonly key: ApiKeyRecord }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

/** Public view of a key: everything but the secret hash. */
export interface ApiKeySummary {
  readonly id: string;
  readonly name: string;
  readonly scopes: readonly ApiKeyScope[];
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

@Injectable()
export class ManageApiKeysUseCase {
  constructor(@Inject(API_KEY_STORE) private readonly store: ApiKeyStore) {}

  async authenticate(token: string | undefined, needed: ApiKeyScope): Promise<Authentication> {
    if (!token)
      return {
        ok: false,
        status: 401,
        reason: 'an API key is required (Authorization: Bearer nf_…)',
      };
    const parsed = parseApiKey(token);
    if (!parsed) return { ok: false, status: 401, reason: 'the API key is malformed' };
    const key = await this.store.findById(parsed.id);
    if (!key || !secretMatches(parsed.secret, key.secretHash)) {
      return { ok: false, status: 401, reason: 'the API key is not valid' };
    }
    if (key.revokedAt) return { ok: false, status: 401, reason: 'the API key was revoked' };
    if (!grants(key.scopes, needed)) {
      return { ok: false, status: 403, reason: `the API key lacks the '${needed}' scope` };
    }
    return { ok: true, key };
  }

  /** Returns the token: shown this once, never stored. */
  async create(
    name: string,
    scopes: readonly ApiKeyScope[],
  ): Promise<{ token: string; key: ApiKeySummary }> {
    const generated = generateApiKey();
    const record = {
      id: generated.id,
      name,
      secretHash: generated.secretHash,
      scopes,
      createdAt: new Date(),
      revokedAt: null,
    };
    await this.store.create(record);
    return { token: generated.token, key: summarise(record) };
  }

  /** Makes sure an operator-provided token (e.g. from a Kubernetes secret) exists as an admin key. */
  async ensureBootstrapKey(token: string): Promise<void> {
    const parsed = parseApiKey(token);
    if (!parsed)
      throw new Error('READ_API_BOOTSTRAP_ADMIN_KEY is not of the form nf_<12 chars>_<secret>');
    await this.store.create({
      id: parsed.id,
      name: 'bootstrap admin',
      secretHash: hashSecret(parsed.secret),
      scopes: ['admin'],
      createdAt: new Date(),
      revokedAt: null,
    });
  }

  async list(): Promise<ApiKeySummary[]> {
    return (await this.store.list()).map(summarise);
  }

  revoke(id: string): Promise<boolean> {
    return this.store.revoke(id, new Date());
  }
}

function summarise(key: ApiKeyRecord): ApiKeySummary {
  return {
    id: key.id,
    name: key.name,
    scopes: key.scopes,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
