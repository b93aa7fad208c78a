import type { Sentence, Token } from './token.types';

const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '...', '…']);
const CLOSERS: ReadonlySet<string> = new Set(['"', '”', "'", '’', ')', ']']);

/**
 * Groups tokens into sentences. A line break always ends one: news copy puts headlines,
 * datelines and paragraphs on lines of their own. Otherwise a sentence ends at a terminal mark
 * (with any closing quote or bracket glued to it) before a word that can open a sentence.
 * Abbreviations never end one, because the tokenizer keeps their full stop inside the word.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token === undefined) break;
    if (next === undefined || endsSentence(text, tokens, index)) {
      sentences.push({ tokens: tokens.slice(first, index + 1) });
      first = index + 1;
    }
  }
  return sentences;
}

function endsSentence(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined) return true;
  if (text.slice(token.end, next.start).includes('\n')) return true;
  // A closing quote glued to the mark belongs to the sentence it closes.
  if (CLOSERS.has(next.text) && next.start === token.end && TERMINALS.has(token.text)) {
    return false;
  }
  let mark = token;
  if (CLOSERS.has(token.text)) {
    const before = tokens[index - 1];
    if (before === undefined || before.end !== token.start) return false;
    mark = before;
  }
  return TERMINALS.has(mark.text) && opensSentence(next.text);
}

function opensSentence(word: string): boolean {
  return /^[\p{Lu}\p{N}"“‘'([]/u.test(word);
}
