/** How a word is capitalised; the single strongest signal for names in English. */
export const Casing = {
  NoLetters: 0,
  Lower: 1,
  Title: 2,
  Upper: 3,
  Initial: 4,
  Mixed: 5,
} as const;
export type Casing = (typeof Casing)[keyof typeof Casing];

const MAX_RUN = 4;

/**
 * The word with letters mapped to X/x and digits to d, runs longer than four cut to four:
 * "McDonald" → "XxXxxxx", "U.S." → "X.X.", "1996-08-30" → "dddd-dd-dd".
 */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (let index = 0; index < word.length; index += 1) {
    const mapped = classAt(word, index);
    run = mapped === last ? run + 1 : 1;
    last = mapped;
    if (run <= MAX_RUN) shape += mapped;
  }
  return shape;
}

/** The shape with every run collapsed to one character: "McDonald" → "XxXx". */
export function shortShape(word: string): string {
  let shape = '';
  let last = '';
  for (let index = 0; index < word.length; index += 1) {
    const mapped = classAt(word, index);
    if (mapped !== last) shape += mapped;
    last = mapped;
  }
  return shape;
}

export function casingOf(word: string): Casing {
  let upper = 0;
  let lower = 0;
  let upperAfterLower = false;
  for (let index = 0; index < word.length; index += 1) {
    const kind = kindAt(word, index);
    if (kind === UPPER) {
      upper += 1;
      if (lower > 0) upperAfterLower = true;
    } else if (kind === LOWER) {
      lower += 1;
    }
  }
  if (upper === 0 && lower === 0) return Casing.NoLetters;
  if (upper === 0) return Casing.Lower;
  if (lower === 0) return upper === 1 ? Casing.Initial : Casing.Upper;
  if (upperAfterLower) return Casing.Mixed;
  return kindAt(word, 0) === UPPER ? Casing.Title : Casing.Mixed;
}

const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;
const OTHER = 0;
const IS_UPPER = /\p{Lu}/u;
const IS_LOWER = /\p{Ll}/u;

/** Character class of one UTF-16 unit; ASCII without regular expressions, as it is hot. */
function kindAt(word: string, index: number): number {
  const code = word.charCodeAt(index);
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code < 128) return OTHER;
  const char = word.charAt(index);
  if (IS_UPPER.test(char)) return UPPER;
  return IS_LOWER.test(char) ? LOWER : OTHER;
}

function classAt(word: string, index: number): string {
  switch (kindAt(word, index)) {
    case UPPER:
      return 'X';
    case LOWER:
      return 'x';
    case DIGIT:
      return 'd';
    default:
      return word.charAt(index);
  }
}
