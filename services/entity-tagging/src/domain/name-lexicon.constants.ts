// Closed word lists that decide how a candidate name is trimmed and typed. They are English
// because the foundation recogniser is English; a trained model will make most of them moot.

/** Whitespace-separated words to a set; keeps long lists readable and formatter-stable. */
function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** Words that, placed before a person's name, are a role rather than part of the name. */
export const PERSON_TITLES: ReadonlySet<string> = wordSet(`
  mr mrs ms miss dr prof professor sir dame lord lady president vice-president premier
  minister chancellor secretary secretary-general undersecretary envoy ambassador spokesman
  spokeswoman spokesperson king queen prince princess emir sheikh sultan pope cardinal
  archbishop bishop rev reverend imam rabbi general gen lieutenant colonel col major maj
  captain capt admiral commander marshal sergeant sgt senator sen rep representative
  congressman congresswoman governor gov mayor judge justice chairman chairwoman chair chief
  director director-general commissioner ceo mp mep leader head coach officer deputy acting
  former opposition
`);

/** Lower-case particles that belong inside personal names ("Staffan de Mistura"). */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(`
  de del della der den di da das do dos du la le van von ter ten al el bin ibn bint abu ben st
`);

/** Lower-case words allowed between capitalised words of one organisation or place name. */
export const NAME_CONNECTORS: ReadonlySet<string> = wordSet(`
  of for the on de
`);

/** Head words that make a name an organisation whatever the recogniser guessed. */
export const ORGANISATION_HEADS: ReadonlySet<string> = wordSet(`
  ministry agency council group party bank commission committee organisation organization
  union association army forces front movement court parliament assembly institute university
  company corporation corp inc ltd plc authority board fund federation league programme
  program alliance coalition police department office foundation network brigade brigades
  militia navy senate congress cabinet government secretariat tribunal bureau service services
`);

/** Words after "of" that mark the following name as a place ("the suburb of East Ghouta"). */
export const PLACE_NOUNS: ReadonlySet<string> = wordSet(`
  suburb suburbs province city town village region district capital outskirts state county
  island islands port governorate republic
`);

/** Prepositions after which an untyped proper name is most often a place. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = wordSet(`
  in at from near into across outside inside around toward towards to via through
`);

/** Capitalised words that are never an entity on their own. */
export const JUNK_WORDS: ReadonlySet<string> = wordSet(`
  i he she it we they you me him her us them his hers its our their your this that these those
  the a an and but or if so as mr mrs ms dr who what when where why how january february march
  april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today
  yesterday tomorrow gmt utc source photo update breaking read more advertisement
`);

/** Words skipped when reading an acronym off its expansion ("Organization *of the* …"). */
export const ACRONYM_STOPWORDS: ReadonlySet<string> = wordSet(`
  of the and for on in de du des la le &
`);
