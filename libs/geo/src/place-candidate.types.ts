/** What kind of place a GeoNames feature is, as far as news tagging cares. */
export type PlaceFeatureClass = 'country' | 'admin-region' | 'city';

/** One place a name may denote. */
export interface PlaceCandidate {
  /** GeoNames feature id. */
  readonly geonameId: number;
  readonly name: string;
  readonly featureClass: PlaceFeatureClass;
  /** ISO 3166-1 alpha-2 code of the country the place is in (its own, for a country). */
  readonly countryCode: string;
  /** GeoNames admin1 code (`TX`, `ENG`); empty for a country. */
  readonly admin: string;
  /** GeoNames feature code: `PCLI` country, `ADM1` region, `PPLC` capital, `PPL`, … */
  readonly featureCode: string;
  /** Inhabitants (for a region: the sum of its listed cities). */
  readonly population: number;
  /** WGS84 degrees. */
  readonly latitude: number;
  readonly longitude: number;
}
