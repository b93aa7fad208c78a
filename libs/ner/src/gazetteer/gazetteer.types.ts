/** The entity classes of CoNLL-2003. MISC is modelled, so it does not pollute the other three. */
export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const ENTITY_LABELS: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** The single-word lists the features look words up in. */
export type WordListName =
  | 'firstName'
  | 'nameParticle'
  | 'title'
  | 'organisationWord'
  | 'placeWord'
  | 'demonym'
  | 'temporal';

export const WORD_LIST_NAMES: readonly WordListName[] = [
  'firstName',
  'nameParticle',
  'title',
  'organisationWord',
  'placeWord',
  'demonym',
  'temporal',
];

/**
 * Everything the gazetteer features know, stored inside the model file so a model always sees
 * the lists it was trained with.
 */
export interface GazetteerData {
  /** Known names as written ("United Nations", "New York"), by entity class. */
  readonly names: Readonly<Record<EntityLabel, readonly string[]>>;
  /** Lower-case single words, by list. */
  readonly words: Readonly<Record<WordListName, readonly string[]>>;
}
