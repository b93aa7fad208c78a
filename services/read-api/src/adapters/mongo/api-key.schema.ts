import { Schema } from 'mongoose';

/**
 * `apikeys`: one document per key, `_id` = the key id (the public part of `nf_<id>_<secret>`).
 * Only the SHA-256 of the secret is stored; a key shown once at creation cannot be recovered.
 */
export const apiKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    secretHash: { type: String, required: true },
    scopes: { type: [String], required: true },
    createdAt: { type: Date, required: true },
    revokedAt: { type: Date },
  },
  { collection: 'apikeys', versionKey: false },
);
