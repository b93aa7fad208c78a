import { UsageError } from './command-group';

export const ENTITY_TYPES = ['person', 'organisation', 'place'];

/** parseArgs options for the external ids an entity can carry. */
export const EXTERNAL_ID_OPTIONS = {
  wikidata: { type: 'string' },
  geonames: { type: 'string' },
  iso3166: { type: 'string' },
} as const;

/** The entity type flag, refused unless it is one the vocabulary knows. */
export function entityType(value: string | undefined): string | undefined {
  if (value !== undefined && !ENTITY_TYPES.includes(value))
    throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')}`);
  return value;
}

/** A whole-number flag within bounds, kept as text for the query string. */
export function wholeNumber(
  value: string | undefined,
  flag: string,
  min: number,
  max: number,
): string | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}`);
  return value;
}

/** The id checked only for shape: read-api validates it; this keeps `..` and `/` out of paths. */
export function entityPath(id: string): string {
  if (!/^[a-z]+:\S+$/.test(id))
    throw new UsageError(
      `'${id}' is not an entity id (wikidata:Q90, geonames:2988507, local:person:jane-doe)`,
    );
  return `/v1/entities/${encodeURIComponent(id)}`;
}

/** `{wikidata, geonames, iso3166}` from their flags; `Q90` and `wikidata:Q90` both work. */
export function externalIds(values: { wikidata?: string; geonames?: string; iso3166?: string }) {
  const wikidata = values.wikidata?.replace(/^wikidata:/i, '').toUpperCase();
  if (wikidata !== undefined && !/^Q\d{1,12}$/.test(wikidata))
    throw new UsageError('--wikidata must be a Wikidata item id such as Q90');
  const geonames = values.geonames?.replace(/^geonames:/i, '');
  if (geonames !== undefined && !/^\d{1,12}$/.test(geonames))
    throw new UsageError('--geonames must be a GeoNames id (digits)');
  const iso3166 = values.iso3166?.toUpperCase();
  if (iso3166 !== undefined && !/^[A-Z]{2}$/.test(iso3166))
    throw new UsageError('--iso3166 must be a two-letter country code such as FR');
  const ids = {
    ...(wikidata !== undefined && { wikidata }),
    ...(geonames !== undefined && { geonames }),
    ...(iso3166 !== undefined && { iso3166 }),
  };
  return Object.keys(ids).length === 0 ? undefined : ids;
}
