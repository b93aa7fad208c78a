import { splitSentences } from './split-sentences.util';
import { tokenizeText } from './tokenize-text.util';

function sentences(text: string): string[] {
  return splitSentences(text, tokenizeText(text)).map((sentence) => {
    const first = sentence.tokens[0];
    const last = sentence.tokens[sentence.tokens.length - 1];
    return first === undefined || last === undefined ? '' : text.slice(first.start, last.end);
  });
}

describe('splitSentences', () => {
  it('ends a sentence at a terminal mark before a capital, digit or quote', () => {
    expect(sentences('Talks ended. Both sides left! Why? "Nobody knows." 2024 was worse.')).toEqual(
      ['Talks ended.', 'Both sides left!', 'Why?', '"Nobody knows."', '2024 was worse.'],
    );
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentences('He said: "We will stay." Then he left.')).toEqual([
      'He said: "We will stay."',
      'Then he left.',
    ]);
  });

  it('never splits after an abbreviation or before a lower-case word', () => {
    expect(sentences('Mr. Smith met Dr. Jones in Washington, D.C. on Monday.')).toHaveLength(1);
    expect(sentences('It rose 5 p.c. in May, i.e. more. and then fell.')).toHaveLength(1);
  });

  it('always ends a sentence at a line break, as headlines and paragraphs have none', () => {
    expect(sentences('TALKS RESUME IN OSLO\nNegotiators met on Monday\n\nThey agreed')).toEqual([
      'TALKS RESUME IN OSLO',
      'Negotiators met on Monday',
      'They agreed',
    ]);
  });

  it('returns no sentences for no tokens', () => {
    expect(splitSentences('', [])).toEqual([]);
  });
});
