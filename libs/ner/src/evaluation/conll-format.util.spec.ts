import { parseConll } from './conll-format.util';

const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'EU NNP B-NP B-ORG',
  'rejects VBZ B-VP O',
  'German JJ B-NP B-MISC',
  '',
  'Peter NNP B-NP B-PER',
  'Blackburn NNP I-NP I-PER',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'BRUSSELS NNP B-NP B-LOC',
  '',
].join('\n');

describe('parseConll', () => {
  it('reads documents, sentences, tokens and the last column as the tag', () => {
    expect(parseConll(SAMPLE)).toEqual([
      {
        sentences: [
          { tokens: ['EU', 'rejects', 'German'], tags: ['B-ORG', 'O', 'B-MISC'] },
          { tokens: ['Peter', 'Blackburn'], tags: ['B-PER', 'I-PER'] },
        ],
      },
      { sentences: [{ tokens: ['BRUSSELS'], tags: ['B-LOC'] }] },
    ]);
  });

  it('treats a file without -DOCSTART- as one document and tolerates CRLF', () => {
    expect(parseConll('Oslo B-LOC\r\nis O\r\n\r\nfine O\r\n')).toEqual([
      {
        sentences: [
          { tokens: ['Oslo', 'is'], tags: ['B-LOC', 'O'] },
          { tokens: ['fine'], tags: ['O'] },
        ],
      },
    ]);
  });

  it('rejects a line without a tag column', () => {
    expect(() => parseConll('Oslo\n')).toThrow(/without a tag/);
  });
});
