import type { PlaceCandidate } from './place-candidate.types';

/** Why a candidate scored what it did: one line per signal that contributed. */
export interface PlaceEvidence {
  readonly signal:
    | 'population'
    | 'feature'
    | 'vocabulary'
    | 'qualifier'
    | 'country-context'
    | 'region-context'
    | 'proximity';
  readonly weight: number;
  readonly detail: string;
}

/** A context signal and what gave it (for the evidence line). */
export interface ContextSource {
  /** 0–1: an explicit country name is 1, a demonym 0.6, a resolved city 0.8 × its confidence. */
  readonly strength: number;
  readonly from: string;
}

/** What the rest of the article says about where it is, seen from one mention. */
export interface PlaceContext {
  /** ISO country code → strongest source naming it (the mention being scored excluded). */
  readonly countries: ReadonlyMap<string, ContextSource>;
  /** `<country>.<admin1>` → strongest source. */
  readonly regions: ReadonlyMap<string, ContextSource>;
  /** Points of the other places resolved to cities or regions. */
  readonly points: readonly { readonly name: string; readonly lat: number; readonly lon: number }[];
  /** Countries and regions written right after this mention ("Paris, Texas"). */
  readonly qualifierCountries: ReadonlySet<string>;
  readonly qualifierRegions: ReadonlySet<string>;
  /** What the curated vocabulary said this name is, if anything. */
  readonly preferred?: { readonly geonameId?: number; readonly countryCode?: string };
}

// Weights, measured on the unit fixtures and the Reuters place index terms: the prior (population
// plus feature) decides a bare name; one clear context signal (a qualifier, a country named
// elsewhere, a nearby resolved place) must be able to overturn it, and a qualifier beats all.
export const PLACE_WEIGHTS = {
  population: 2,
  country: 0.3,
  region: 0.15,
  capital: 0.15,
  regionSeat: 0.08,
  districtSeat: 0.03,
  vocabulary: 0.25,
  qualifier: 1.5,
  countryContext: 0.6,
  regionContext: 0.5,
  proximity: 0.4,
  /** Distance in km beyond which proximity adds nothing. */
  proximityRangeKm: 800,
} as const;

/** Sum of the signals for one candidate, with the evidence that makes it auditable. */
export function scorePlaceCandidate(
  candidate: PlaceCandidate,
  context: PlaceContext,
): { total: number; evidence: PlaceEvidence[] } {
  const evidence: PlaceEvidence[] = [];
  const add = (signal: PlaceEvidence['signal'], weight: number, detail: string): void => {
    if (weight > 0) evidence.push({ signal, weight: round(weight), detail });
  };
  const w = PLACE_WEIGHTS;
  const populationScore = Math.min(1, Math.log10(candidate.population + 1) / 7.5);
  add('population', w.population * populationScore, `${candidate.population} inhabitants`);
  add('feature', featureWeight(candidate), candidate.featureCode);

  const preferred = context.preferred;
  const isPreferred =
    preferred !== undefined &&
    (preferred.geonameId === candidate.geonameId ||
      (candidate.featureClass === 'country' && preferred.countryCode === candidate.countryCode));
  if (isPreferred) add('vocabulary', w.vocabulary, 'curated vocabulary entry');

  const regionKey = `${candidate.countryCode}.${candidate.admin}`;
  const qualified =
    (candidate.featureClass !== 'country' && context.qualifierRegions.has(regionKey)) ||
    (candidate.featureClass !== 'country' && context.qualifierCountries.has(candidate.countryCode));
  if (qualified) add('qualifier', w.qualifier, 'named right after the place');

  const country = context.countries.get(candidate.countryCode);
  if (country) add('country-context', w.countryContext * country.strength, country.from);
  const region = candidate.featureClass === 'country' ? undefined : context.regions.get(regionKey);
  if (region) add('region-context', w.regionContext * region.strength, region.from);

  if (candidate.featureClass !== 'country' && context.points.length > 0) {
    const nearest = Math.min(
      ...context.points.map((p) =>
        distanceKm(candidate.latitude, candidate.longitude, p.lat, p.lon),
      ),
    );
    const closeness = Math.max(0, 1 - nearest / w.proximityRangeKm);
    add('proximity', w.proximity * closeness, `${Math.round(nearest)} km from another place`);
  }
  const total = evidence.reduce((sum, line) => sum + line.weight, 0);
  return { total: round(total), evidence };
}

function featureWeight(candidate: PlaceCandidate): number {
  if (candidate.featureClass === 'country') return PLACE_WEIGHTS.country;
  if (candidate.featureClass === 'admin-region') return PLACE_WEIGHTS.region;
  if (candidate.featureCode === 'PPLC') return PLACE_WEIGHTS.capital;
  if (candidate.featureCode === 'PPLA') return PLACE_WEIGHTS.regionSeat;
  if (candidate.featureCode === 'PPLA2') return PLACE_WEIGHTS.districtSeat;
  return 0;
}

/** Great-circle distance (haversine, mean Earth radius). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
