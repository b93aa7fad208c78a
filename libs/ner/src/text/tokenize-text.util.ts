import type { Token } from './token.types';

/**
 * Words that keep their full stop in news copy: titles, company forms, months, US states.
 * Without these, "Acme Corp." would lose the stop that CoNLL-2003 counts as part of the name.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sr jr st mt ft gen sen rep gov lt col maj capt cmdr adm sgt rev hon pres
  inc corp co ltd plc bros dept univ assn no nos vs etc approx est fig jan feb mar apr jun jul
  aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ala ariz ark calif colo
  conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex
  va vt wash wis wyo ave blvd rd`
    .trim()
    .split(/\s+/),
);

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    // URLs and e-mail addresses stay whole.
    String.raw`https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // Initialisms, optionally hyphenated on ("U.S.", "a.m.", "U.S.-led").
    String.raw`(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*`,
    String.raw`(?:\p{Lu}\.)+\p{Lu}(?![\p{L}\p{N}.])`,
    // Currencies with a country prefix ("C$", "HK$") and ampersand names ("S&P", "AT&T").
    String.raw`\p{Lu}{1,3}\$`,
    String.raw`\p{Lu}+&\p{Lu}+`,
    // Numbers with inner separators ("1,200", "3.5", "1996-08-30", "10:30"), units glued on.
    String.raw`\p{N}+(?:[.,:/-]\p{N}+)*[\p{L}%]*(?:-[\p{L}\p{N}]+)*`,
    // Contraction tails and possessives are tokens of their own, as in the Penn Treebank.
    String.raw`[nN]['’][tT](?![\p{L}\p{N}])`,
    String.raw`['’](?:[sSdDmM]|[lL][lL]|[rR][eE]|[vV][eE])(?![\p{L}\p{N}])`,
    // Words, with inner apostrophes ("O'Brien", "Qa'ida") and hyphens ("al-Assad", "US-led").
    String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]*))*(?:[-‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*`,
    // Dot and dash runs ("...", "--") are one token each; anything else is one character.
    String.raw`\.{2,}|-{2,}|…`,
    String.raw`[^\s]`,
  ].join('|'),
  'uy',
);

const WHITESPACE = /\s/u;
const CLITIC_END = /(?:n['’]t|['’](?:s|d|m|ll|re|ve))$/iu;

/**
 * Splits raw text into word and punctuation tokens with exact character offsets. Follows the
 * Penn Treebank conventions CoNLL-2003 uses, so text made by joining CoNLL tokens with spaces
 * tokenises back into the same tokens: possessive "'s" and "n't" split off, hyphenated words
 * and initialisms kept whole, a full stop kept only on abbreviations.
 */
export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    if (WHITESPACE.test(text.charAt(position))) {
      position += 1;
      continue;
    }
    TOKEN_PATTERN.lastIndex = position;
    const match = TOKEN_PATTERN.exec(text);
    let end = match === null ? position + 1 : position + match[0].length;
    // Clitics split off their word: "don't" → "do" + "n't", "Russia's" → "Russia" + "'s".
    const clitic = CLITIC_END.exec(text.slice(position, end));
    if (clitic !== null && clitic.index > 0) end = position + clitic.index;
    if (text.charAt(end) === '.' && keepsFullStop(text, position, end)) end += 1;
    tokens.push({ text: text.slice(position, end), start: position, end });
    position = end;
  }
  return tokens;
}

/**
 * Whether the full stop right after a word belongs to it. Known abbreviations and single-letter
 * initials keep it; so does any word followed by a lower-case word or digit, since a sentence
 * does not start that way.
 */
function keepsFullStop(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{L}[\p{L}.]*$/u.test(word)) return false;
  if (text.charAt(end + 1) === '.') return false;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  const after = /^[ \t]+(\S)/u.exec(text.slice(end + 1, end + 4));
  return after?.[1] !== undefined && /[\p{Ll}\p{N},]/u.test(after[1]);
}
