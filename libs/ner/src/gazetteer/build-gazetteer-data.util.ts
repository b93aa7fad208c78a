import type { EntityLabel, GazetteerData } from './gazetteer.types';
import { ORGANISATION_NAMES } from './organisation-names.constants';
import { PLACE_NAMES } from './place-names.constants';
import {
  DEMONYMS,
  FIRST_NAMES,
  NAME_PARTICLES,
  ORGANISATION_WORDS,
  PERSON_TITLES,
  PLACE_WORDS,
  TEMPORAL_WORDS,
} from './word-lists.constants';

/** A known name from outside the hand lists, e.g. a newsroom vocabulary entry or alias. */
export interface KnownName {
  readonly name: string;
  readonly label: EntityLabel;
}

/**
 * The gazetteer a model is trained with: the hand-written lists plus any known names the
 * caller adds (the entity-tagging vocabulary). Sorted and de-duplicated, so the same inputs
 * always give the same model file.
 */
export function buildGazetteerData(known: readonly KnownName[] = []): GazetteerData {
  const names: Record<EntityLabel, Set<string>> = {
    PER: new Set(),
    ORG: new Set(splitNames(ORGANISATION_NAMES)),
    LOC: new Set(splitNames(PLACE_NAMES)),
    MISC: new Set(),
  };
  for (const { name, label } of known) names[label].add(name.trim());
  return {
    names: {
      PER: sorted(names.PER),
      ORG: sorted(names.ORG),
      LOC: sorted(names.LOC),
      MISC: sorted(names.MISC),
    },
    words: {
      firstName: splitWords(FIRST_NAMES),
      nameParticle: splitWords(NAME_PARTICLES),
      title: splitWords(PERSON_TITLES),
      organisationWord: splitWords(ORGANISATION_WORDS),
      placeWord: splitWords(PLACE_WORDS),
      demonym: splitWords(DEMONYMS),
      temporal: splitWords(TEMPORAL_WORDS),
    },
  };
}

function splitWords(list: string): string[] {
  return sorted(new Set(list.trim().split(/\s+/)));
}

function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function sorted(values: Iterable<string>): string[] {
  return [...values].filter((value) => value !== '').sort();
}
