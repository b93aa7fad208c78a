import type { Gazetteer } from '../gazetteer/gazetteer';
import type { DocumentContext } from './document-context.util';
import { isShouted } from './document-context.util';
import { hashSlice, hashString, mixHash } from './feature-hash.util';
import { casingOf, shortShape, wordShape } from './word-shape.util';

/** The hashed features of each token of one sentence: token i owns `hashes[offsets[i]..offsets[i+1])`. */
export interface SentenceFeatures {
  readonly offsets: Uint32Array;
  readonly hashes: Uint32Array;
}

// Template ids; changing any of them, or what a template reads, needs a retrained model.
const T = {
  bias: 1,
  word: 2,
  raw: 3,
  prev: 4,
  prev2: 5,
  next: 6,
  next2: 7,
  prevWord: 8,
  wordNext: 9,
  shape: 10,
  prevShape: 11,
  nextShape: 12,
  shortTrigram: 13,
  prefix: 14,
  suffix: 18,
  casing: 22,
  prevCasing: 23,
  nextCasing: 24,
  list: 25,
  prevList: 26,
  nextList: 27,
  name: 28,
  nameCasing: 29,
  prevName: 30,
  nextName: 31,
  document: 32,
  prevWordShape: 33,
  initialWord: 34,
} as const;

const START = hashString('<s>');
const END = hashString('</s>');
const MAX_AFFIX = 4;
const MAX_FEATURES_PER_TOKEN = 96;
const OPENERS: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '(', '[', ':', '-', '--']);

/** Per-token attributes computed once and read by several templates. */
interface TokenAttributes {
  readonly lower: string[];
  readonly word: Uint32Array;
  readonly shape: Uint32Array;
  readonly short: Uint32Array;
  readonly casing: Uint8Array;
  readonly lists: Uint8Array;
  readonly names: Uint16Array;
}

/**
 * Hashes the features of every token of a sentence: the word and its neighbours (±2), shape,
 * affixes, casing in context (sentence-initial, headline), word-list and known-name membership
 * of the word and its neighbours, and how the document cases the word elsewhere.
 */
export function extractFeatures(
  original: readonly string[],
  context: DocumentContext,
  gazetteer: Gazetteer,
): SentenceFeatures {
  const words = original.map(asTrainingText);
  const count = words.length;
  const attributes = attributesOf(words, gazetteer);
  const { lower, word, shape, short, casing, lists, names } = attributes;
  const shouted = isShouted(words) ? 1 : 0;
  const offsets = new Uint32Array(count + 1);
  const buffer = new Uint32Array(count * MAX_FEATURES_PER_TOKEN);
  let size = 0;
  const add = (template: number, value: number): void => {
    if (size < buffer.length) buffer[size++] = mixHash(template, value);
  };
  const at = (values: Uint32Array, index: number): number =>
    index < 0 ? START : index >= count ? END : (values[index] ?? 0);

  for (let i = 0; i < count; i += 1) {
    offsets[i] = size;
    const text = lower[i] ?? '';
    const previousText = i > 0 ? (words[i - 1] ?? '') : '';
    const initial = i === 0 || OPENERS.has(previousText) ? 1 : 0;
    const cased = (casing[i] ?? 0) * 4 + initial * 2 + shouted;
    const w = word[i] ?? 0;
    add(T.bias, 0);
    add(T.word, w);
    add(T.raw, hashString(words[i] ?? ''));
    add(T.prev, at(word, i - 1));
    add(T.prev2, at(word, i - 2));
    add(T.next, at(word, i + 1));
    add(T.next2, at(word, i + 2));
    add(T.prevWord, mixHash(at(word, i - 1), w));
    add(T.wordNext, mixHash(w, at(word, i + 1)));
    add(T.shape, shape[i] ?? 0);
    add(T.prevShape, at(shape, i - 1));
    add(T.nextShape, at(shape, i + 1));
    add(T.shortTrigram, mixHash(mixHash(at(short, i - 1), short[i] ?? 0), at(short, i + 1)));
    for (let length = 1; length <= MAX_AFFIX && length < text.length; length += 1) {
      add(T.prefix + length - 1, hashSlice(text, 0, length));
      add(T.suffix + length - 1, hashSlice(text, text.length - length, text.length));
    }
    add(T.casing, cased);
    add(T.prevCasing, mixHash(i > 0 ? (casing[i - 1] ?? 0) + 1 : 0, cased));
    add(T.nextCasing, mixHash(cased, i + 1 < count ? (casing[i + 1] ?? 0) + 1 : 0));
    addBits(add, T.list, lists[i] ?? 0, 0);
    if (i > 0) addBits(add, T.prevList, lists[i - 1] ?? 0, 0);
    if (i + 1 < count) addBits(add, T.nextList, lists[i + 1] ?? 0, 0);
    addBits(add, T.name, names[i] ?? 0, 0);
    addBits(add, T.nameCasing, names[i] ?? 0, cased);
    if (i > 0) addBits(add, T.prevName, names[i - 1] ?? 0, 0);
    if (i + 1 < count) addBits(add, T.nextName, names[i + 1] ?? 0, 0);
    add(T.document, mixHash(context.flagsByWord.get(text) ?? 0, cased));
    add(T.prevWordShape, mixHash(at(word, i - 1), short[i] ?? 0));
    if (initial === 1) add(T.initialWord, w);
  }
  offsets[count] = size;
  return { offsets, hashes: buffer.slice(0, size) };
}

function addBits(
  add: (template: number, value: number) => void,
  template: number,
  mask: number,
  salt: number,
): void {
  for (let bit = 0; mask >>> bit !== 0; bit += 1) {
    if ((mask >>> bit) & 1) add(template, mixHash(bit, salt));
  }
}

/**
 * Typographic quotes and dashes as the plain ASCII that CoNLL-2003's wire copy uses, so that
 * "Syria’s" and “quoted” text read like the training data.
 */
export function asTrainingText(word: string): string {
  return word.replace(TYPOGRAPHIC, (char) => PLAIN[char] ?? char);
}

const TYPOGRAPHIC = /[‘’‚‛“”„‟–—]/g;
const PLAIN: Readonly<Record<string, string>> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '–': '--',
  '—': '--',
};

function attributesOf(words: readonly string[], gazetteer: Gazetteer): TokenAttributes {
  const count = words.length;
  const lower = words.map((value) => value.toLowerCase());
  const attributes = {
    lower,
    word: new Uint32Array(count),
    shape: new Uint32Array(count),
    short: new Uint32Array(count),
    casing: new Uint8Array(count),
    lists: new Uint8Array(count),
    names: gazetteer.nameMasks(lower),
  };
  words.forEach((value, index) => {
    const folded = lower[index] ?? '';
    attributes.word[index] = hashString(folded);
    attributes.shape[index] = hashString(wordShape(value));
    attributes.short[index] = hashString(shortShape(value));
    attributes.casing[index] = casingOf(value);
    attributes.lists[index] = gazetteer.wordMask(folded);
  });
  return attributes;
}
