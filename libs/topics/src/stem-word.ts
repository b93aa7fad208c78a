// Suffixes stripped longest first; each leaves a stem of at least three letters. Enough to make
// "elections"/"elected"/"electing" and "wildfires"/"wildfire" meet, without a full Porter stemmer.
const SUFFIXES = [
  'ational',
  'ations',
  'ation',
  'ments',
  'ment',
  'ings',
  'ing',
  'ities',
  'ity',
  'ies',
  'ied',
  'ers',
  'er',
  'ed',
  'es',
  's',
] as const;

const REPLACEMENTS: Readonly<Record<string, string>> = { ies: 'y', ied: 'y', ities: 'ity' };

/** A crude, deterministic English stem of one lower-case word. */
export function stemWord(word: string): string {
  if (word.length <= 4)
    return word.endsWith('s') && !word.endsWith('ss') && word.length > 3 ? word.slice(0, -1) : word;
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 's' && (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')))
      return word;
    const stem = word.slice(0, -suffix.length) + (REPLACEMENTS[suffix] ?? '');
    if (stem.length >= 3) return stem.endsWith('e') && stem.length > 4 ? stem.slice(0, -1) : stem;
  }
  return word.endsWith('e') && word.length > 4 ? word.slice(0, -1) : word;
}

/** Lower-case word tokens of a text (letters, digits, inner hyphens and apostrophes). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
