import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from './schema/ninjs-schema_3.1.json';

export type NinjsValidation = { valid: true } | { valid: false; errors: string[] };

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// ninjs points place geometry at the remote GeoJSON schema. Newsflow validates offline and emits
// only Points, so that reference resolves to a local check of a GeoJSON Point instead of a fetch.
ajv.addSchema({
  $id: 'https://geojson.org/schema/GeoJSON.json',
  type: 'object',
  required: ['type', 'coordinates'],
  properties: {
    type: { const: 'Point' },
    coordinates: {
      type: 'array',
      minItems: 2,
      maxItems: 3,
      prefixItems: [
        { type: 'number', minimum: -180, maximum: 180 },
        { type: 'number', minimum: -90, maximum: 90 },
      ],
    },
  },
});
const validate = ajv.compile(schema);

/** Checks a document against the official ninjs 3.1 schema (kept in ./schema). */
export function validateNinjs(document: unknown): NinjsValidation {
  if (validate(document)) return { valid: true };
  return {
    valid: false,
    errors: (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`,
    ),
  };
}
