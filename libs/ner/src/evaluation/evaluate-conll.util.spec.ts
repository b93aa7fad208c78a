import { evaluateOnConll } from './evaluate-conll.util';

describe('evaluateOnConll', () => {
  const documents = [
    {
      sentences: [
        {
          tokens: ['Anna', 'Berg', 'visited', 'Oslo', '.'],
          tags: ['I-PER', 'I-PER', 'O', 'I-LOC', 'O'],
        },
        { tokens: ['Nordbank', 'fell', '.'], tags: ['I-ORG', 'O', 'O'] },
      ],
    },
  ];

  it('runs the tagger on the document text and scores its character spans', () => {
    const seen: string[] = [];
    const result = evaluateOnConll(documents, (text) => {
      seen.push(text);
      // Right person, right place, and a bank cut one character short.
      return [
        { start: 0, end: 9, label: 'PER' },
        { start: 18, end: 22, label: 'LOC' },
        { start: 25, end: 32, label: 'ORG' },
      ];
    });
    expect(seen).toEqual(['Anna Berg visited Oslo .\nNordbank fell .']);
    expect(result.byLabel.PER).toMatchObject({ precision: 1, recall: 1 });
    expect(result.byLabel.ORG).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
    expect(result.overall).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
    });
    expect(result).toMatchObject({ documents: 1, sentences: 2 });
  });
});
