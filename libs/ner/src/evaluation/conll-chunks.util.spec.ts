import { conllChunks, conllDocumentText } from './conll-chunks.util';

describe('conllChunks (conlleval rules)', () => {
  it('reads IOB1: I- opens a chunk after O, B- only separates same-class neighbours', () => {
    expect(conllChunks(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { first: 0, last: 1, label: 'PER' },
      { first: 3, last: 3, label: 'LOC' },
      { first: 4, last: 5, label: 'LOC' },
    ]);
  });

  it('reads IOB2 the same way, and splits at a change of class', () => {
    expect(conllChunks(['B-ORG', 'I-ORG', 'I-LOC', 'O', 'B-MISC'])).toEqual([
      { first: 0, last: 1, label: 'ORG' },
      { first: 2, last: 2, label: 'LOC' },
      { first: 4, last: 4, label: 'MISC' },
    ]);
  });

  it('returns no chunks for an all-O sentence', () => {
    expect(conllChunks(['O', 'O'])).toEqual([]);
  });
});

describe('conllDocumentText', () => {
  it('joins tokens with spaces and sentences with line breaks, spans on the text', () => {
    const { text, spans } = conllDocumentText({
      sentences: [
        { tokens: ['EU', 'rejects', 'German', 'call'], tags: ['I-ORG', 'O', 'I-MISC', 'O'] },
        { tokens: ['Peter', 'Blackburn'], tags: ['I-PER', 'I-PER'] },
      ],
    });
    expect(text).toBe('EU rejects German call\nPeter Blackburn');
    expect(spans.map((span) => [text.slice(span.start, span.end), span.label])).toEqual([
      ['EU', 'ORG'],
      ['German', 'MISC'],
      ['Peter Blackburn', 'PER'],
    ]);
  });
});
