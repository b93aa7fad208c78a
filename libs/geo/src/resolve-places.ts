import type { PlaceCandidate } from './place-candidate.types';
import type { PlaceGazetteer } from './place-gazetteer';
import {
  scorePlaceCandidate,
  type ContextSource,
  type PlaceContext,
  type PlaceEvidence,
} from './score-place-candidate';

/** One place entity of an article, as the tagger found it. */
export interface PlaceMentionInput {
  /** The caller's key for the entity (its id). */
  readonly key: string;
  /** Every name the entity goes by in the article: canonical name and mention texts. */
  readonly names: readonly string[];
  /** Where it is mentioned in `text`, [start, end). */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** What the curated vocabulary said the name is: a prior, not a verdict. */
  readonly preferred?: { readonly geonameId?: number; readonly countryCode?: string };
}

export interface PlaceResolution {
  readonly key: string;
  readonly place: PlaceCandidate;
  /** 0–1: the chosen reading's share of the evidence against the other readings. */
  readonly confidence: number;
  /** How the chosen reading scored, signal by signal. */
  readonly evidence: readonly PlaceEvidence[];
  /** How many readings were weighed. */
  readonly alternatives: number;
}

/** Context from other mentions counts as much as that mention's reading is trusted. */
const CITY_CONTEXT = 0.8;
const DEMONYM_CONTEXT = 0.6;
/** Softmax temperature that turns score gaps into confidence: a 0.5 gap is about 92 %. */
const TEMPERATURE = 0.2;
const ROUNDS = 3;
const NO_QUALIFIER = { qualifierCountries: new Set<string>(), qualifierRegions: new Set<string>() };

/**
 * Chooses, for every place entity, the GeoNames place it denotes: candidates by name, scored by
 * population and feature prior, the vocabulary's reading, a qualifier ("Paris, Texas"), countries
 * and regions named or implied elsewhere in the article (other places, demonyms) and distance to
 * the other places. Readings settle together: each round rescores every mention against the
 * others' current readings. Pure and deterministic.
 */
export function resolvePlaces(
  mentions: readonly PlaceMentionInput[],
  text: string,
  gazetteer: PlaceGazetteer,
): PlaceResolution[] {
  const candidates = mentions.map((mention) => candidatesOf(mention, gazetteer));
  const demonyms = demonymContext(text, gazetteer);
  const qualifiers = mentions.map((mention) => qualifiersOf(mention, text, gazetteer));
  let current: (PlaceResolution | undefined)[] = mentions.map(() => undefined);
  for (let round = 0; round < ROUNDS; round += 1) {
    const previous = current;
    current = mentions.map((mention, index) => {
      const qualifier = qualifiers[index] ?? NO_QUALIFIER;
      const context: PlaceContext = {
        ...contextFrom(previous, index, demonyms),
        qualifierCountries: qualifier.qualifierCountries,
        qualifierRegions: qualifier.qualifierRegions,
        ...(mention.preferred && { preferred: mention.preferred }),
      };
      return choose(mention.key, candidates[index] ?? [], context);
    });
    if (current.every((pick, index) => pick?.place === previous[index]?.place)) break;
  }
  return current.filter((pick): pick is PlaceResolution => pick !== undefined);
}

function candidatesOf(mention: PlaceMentionInput, gazetteer: PlaceGazetteer): PlaceCandidate[] {
  const found = new Set<PlaceCandidate>();
  for (const name of mention.names)
    for (const place of gazetteer.candidates(name)) found.add(place);
  const preferredCity =
    mention.preferred?.geonameId === undefined
      ? undefined
      : gazetteer.city(mention.preferred.geonameId);
  if (preferredCity) found.add(preferredCity);
  return [...found];
}

function choose(
  key: string,
  candidates: readonly PlaceCandidate[],
  context: PlaceContext,
): PlaceResolution | undefined {
  if (candidates.length === 0) return undefined;
  const scored = candidates.map((place) => ({ place, ...scorePlaceCandidate(place, context) }));
  scored.sort((a, b) => b.total - a.total || a.place.geonameId - b.place.geonameId);
  const best = scored[0];
  if (best === undefined) return undefined;
  const weights = scored.map((entry) => Math.exp((entry.total - best.total) / TEMPERATURE));
  const confidence = 1 / weights.reduce((sum, weight) => sum + weight, 0);
  return {
    key,
    place: best.place,
    confidence: Math.round(confidence * 1000) / 1000,
    evidence: best.evidence,
    alternatives: candidates.length,
  };
}

type DynamicContext = Pick<PlaceContext, 'countries' | 'regions' | 'points'>;

function contextFrom(
  picks: readonly (PlaceResolution | undefined)[],
  self: number,
  demonyms: ReadonlyMap<string, ContextSource>,
): DynamicContext {
  const countries = new Map(demonyms);
  const regions = new Map<string, ContextSource>();
  const points: { name: string; lat: number; lon: number }[] = [];
  const raise = (map: Map<string, ContextSource>, key: string, source: ContextSource): void => {
    if ((map.get(key)?.strength ?? 0) < source.strength) map.set(key, source);
  };
  picks.forEach((pick, index) => {
    if (pick === undefined || index === self) return;
    const { place, confidence } = pick;
    if (place.featureClass === 'country') {
      raise(countries, place.countryCode, { strength: confidence, from: `${place.name} named` });
      return;
    }
    const from = `${place.name} (${place.countryCode}${place.admin ? `.${place.admin}` : ''})`;
    const strength = place.featureClass === 'admin-region' ? confidence : CITY_CONTEXT * confidence;
    raise(countries, place.countryCode, { strength: CITY_CONTEXT * confidence, from });
    raise(regions, `${place.countryCode}.${place.admin}`, { strength, from });
    points.push({ name: place.name, lat: place.latitude, lon: place.longitude });
  });
  return { countries: byFocus(countries, picks, self), regions, points };
}

// A country the article names once among many others ("a US-led assault" in a story about
// Syria) says little about where its other places are; the country most of its places lie in
// says a lot. Each country's strength is scaled by its share of the places relative to the
// most-named country.
function byFocus(
  countries: ReadonlyMap<string, ContextSource>,
  picks: readonly (PlaceResolution | undefined)[],
  self: number,
): Map<string, ContextSource> {
  const counts = new Map<string, number>();
  picks.forEach((pick, index) => {
    if (pick === undefined || index === self) return;
    counts.set(pick.place.countryCode, (counts.get(pick.place.countryCode) ?? 0) + 1);
  });
  const top = Math.max(1, ...counts.values());
  const scaled = new Map<string, ContextSource>();
  for (const [code, source] of countries) {
    // Demonyms alone (no place of that country resolved) keep their own strength.
    const focus = counts.has(code) ? (counts.get(code) ?? 0) / top : 1;
    scaled.set(code, { ...source, strength: source.strength * focus });
  }
  return scaled;
}

function demonymContext(text: string, gazetteer: PlaceGazetteer): Map<string, ContextSource> {
  const found = new Map<string, ContextSource>();
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b/gu)) {
    for (const word of [match[0], match[0].split(' ')[0] ?? '']) {
      const code = gazetteer.demonymCountries().get(word);
      if (code !== undefined && !found.has(code)) {
        found.set(code, { strength: DEMONYM_CONTEXT, from: `"${word}"` });
      }
    }
  }
  return found;
}

/** "Paris, Texas", "Cambridge, Mass.", "Tripoli, Lebanon": what is written right after. */
function qualifiersOf(
  mention: PlaceMentionInput,
  text: string,
  gazetteer: PlaceGazetteer,
): Pick<PlaceContext, 'qualifierCountries' | 'qualifierRegions'> {
  const qualifierCountries = new Set<string>();
  const qualifierRegions = new Set<string>();
  for (const span of mention.spans) {
    const after = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})/u.exec(
      text.slice(span.end, span.end + 40),
    );
    if (after?.[1] === undefined) continue;
    // "Mass." keeps its period; "Texas." at the end of a sentence does not.
    const written = after[1];
    const found = gazetteer.candidates(written);
    const places = found.length > 0 ? found : gazetteer.candidates(written.replace(/\.$/, ''));
    for (const place of places) {
      if (place.featureClass === 'country') qualifierCountries.add(place.countryCode);
      if (place.featureClass === 'admin-region')
        qualifierRegions.add(`${place.countryCode}.${place.admin}`);
    }
  }
  return { qualifierCountries, qualifierRegions };
}
