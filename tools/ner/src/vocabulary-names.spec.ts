import { vocabularyNames } from './vocabulary-names';

describe('vocabularyNames', () => {
  it('turns entries and their aliases into gazetteer names by type', () => {
    expect(
      vocabularyNames({
        entries: [
          { id: 'wikidata:Q1065', type: 'organisation', name: 'United Nations', aliases: ['UN'] },
          { id: 'wikidata:Q90', type: 'place', name: 'Paris', aliases: [] },
          { id: 'x', type: 'topic', name: 'Economy', aliases: [] },
        ],
      }),
    ).toEqual([
      { name: 'United Nations', label: 'ORG' },
      { name: 'UN', label: 'ORG' },
      { name: 'Paris', label: 'LOC' },
    ]);
  });

  it('rejects a file that is not a vocabulary', () => {
    expect(() => vocabularyNames({ items: [] })).toThrow(/entries/);
  });
});
