import type { ApiKeyRecord } from '../domain/api-key';

export interface ApiKeyStore {
  findById(id: string): Promise<ApiKeyRecord | null>;
  /** Inserts the key, or leaves an existing key with this id unchanged. */
  create(record: ApiKeyRecord): Promise<void>;
  list(): Promise<ApiKeyRecord[]>;
  /** Returns false when no such key exists. */
  revoke(id: string, at: Date): Promise<boolean>;
}

export const API_KEY_STORE = Symbol('ApiKeyStore');
