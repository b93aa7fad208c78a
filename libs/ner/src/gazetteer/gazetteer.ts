import { tokenizeText } from '../text/tokenize-text.util';
import {
  ENTITY_LABELS,
  WORD_LIST_NAMES,
  type EntityLabel,
  type GazetteerData,
} from './gazetteer.types';

/** Where a token sits in a matched name; with the class, one bit of a token's name mask. */
const POSITIONS = 4;
const BEGIN = 0;
const INSIDE = 1;
const LAST = 2;
const UNIT = 3;

interface NameEntry {
  readonly words: readonly string[];
  readonly label: number;
}

/**
 * Fast look-ups over a `GazetteerData`: which word lists hold a word, and which known names
 * cover each token of a sentence. Names match case-insensitively; the model sees casing
 * through other features and learns when a lower-case match ("us") means nothing.
 */
export class Gazetteer {
  private readonly wordMasks = new Map<string, number>();
  private readonly namesByFirstWord = new Map<string, NameEntry[]>();

  constructor(readonly data: GazetteerData) {
    WORD_LIST_NAMES.forEach((list, bit) => {
      for (const word of data.words[list]) {
        this.wordMasks.set(word, (this.wordMasks.get(word) ?? 0) | (1 << bit));
      }
    });
    ENTITY_LABELS.forEach((label, index) => {
      for (const name of data.names[label]) this.addName(name, index);
    });
  }

  /** Bit i set when the lower-case word is in `WORD_LIST_NAMES[i]`. */
  wordMask(lowerWord: string): number {
    return this.wordMasks.get(lowerWord) ?? 0;
  }

  /**
   * For each token, a mask with bit `label * 4 + position` set for every known name covering
   * it (position: 0 first, 1 inside, 2 last, 3 the whole name). Overlapping names all count.
   */
  nameMasks(lowerWords: readonly string[]): Uint16Array {
    const masks = new Uint16Array(lowerWords.length);
    lowerWords.forEach((word, start) => {
      for (const entry of this.namesByFirstWord.get(word) ?? []) {
        if (!matchesAt(lowerWords, start, entry.words)) continue;
        const length = entry.words.length;
        const base = entry.label * POSITIONS;
        if (length === 1) {
          masks[start] = (masks[start] ?? 0) | (1 << (base + UNIT));
          continue;
        }
        for (let offset = 0; offset < length; offset += 1) {
          const position = offset === 0 ? BEGIN : offset === length - 1 ? LAST : INSIDE;
          masks[start + offset] = (masks[start + offset] ?? 0) | (1 << (base + position));
        }
      }
    });
    return masks;
  }

  private addName(name: string, label: number): void {
    const words = tokenizeText(name).map((token) => token.text.toLowerCase());
    const first = words[0];
    if (first === undefined) return;
    const entries = this.namesByFirstWord.get(first) ?? [];
    if (!entries.some((entry) => entry.label === label && sameWords(entry.words, words))) {
      entries.push({ words, label });
    }
    this.namesByFirstWord.set(first, entries);
  }
}

export function labelIndex(label: EntityLabel): number {
  return ENTITY_LABELS.indexOf(label);
}

function matchesAt(words: readonly string[], start: number, name: readonly string[]): boolean {
  if (start + name.length > words.length) return false;
  return name.every((word, offset) => words[start + offset] === word);
}

function sameWords(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((word, index) => right[index] === word);
}
