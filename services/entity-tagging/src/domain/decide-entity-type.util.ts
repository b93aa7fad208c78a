import type { EntityType } from '@newsflow/contracts';
import { NAME_CONNECTORS, ORGANISATION_HEADS } from './name-lexicon.constants';
import { nameTokens } from './name-text.util';
import type { VocabularyEntry } from './vocabulary.interface';

/**
 * The type a name gets in context. A curated vocabulary entry outranks everything (countries
 * and cities are places, whatever the recogniser thought); then an organisational head word
 * ("… Ministry", "Bank of …") makes an organisation; otherwise the recogniser's guess stands.
 */
export function decideEntityType(
  name: string,
  recognisedType: EntityType,
  entry: VocabularyEntry | undefined,
): EntityType {
  if (entry !== undefined) return entry.type;
  return hasOrganisationHead(name) ? 'organisation' : recognisedType;
}

/** English names put the head last ("Defence Ministry") or first before "of" ("Bank of Korea"). */
export function hasOrganisationHead(name: string): boolean {
  const words = nameTokens(name).map((token) => token.text.toLowerCase());
  const last = words[words.length - 1];
  const first = words[0];
  const second = words[1];
  if (words.length < 2 || last === undefined || first === undefined) return false;
  return (
    ORGANISATION_HEADS.has(last) ||
    (ORGANISATION_HEADS.has(first) && second !== undefined && NAME_CONNECTORS.has(second))
  );
}
