import { StaticVocabulary } from './static.vocabulary';
import bundledFile from './vocabulary/world-entities.vocabulary.json';

describe('StaticVocabulary', () => {
  const vocabulary = new StaticVocabulary([
    { id: 'wikidata:Q1065', type: 'organisation', name: 'United Nations', aliases: ['UN', 'U.N.'] },
    { id: 'wikidata:Q1007', type: 'place', name: 'Guinea-Bissau', aliases: [] },
    { id: 'wikidata:Q1006', type: 'place', name: 'Guinea', aliases: [] },
    { id: 'wikidata:Q1008', type: 'place', name: "Côte d'Ivoire", aliases: ['Ivory Coast'] },
    { id: 'wikidata:Q971', type: 'place', name: 'Republic of the Congo', aliases: ['Congo'] },
    { id: 'wikidata:Q974', type: 'place', name: 'DR Congo', aliases: ['Congo'] },
  ]);

  it('looks names up exactly, and case-insensitively only for long capitalised names', () => {
    expect(vocabulary.lookup('UN')?.id).toBe('wikidata:Q1065');
    expect(vocabulary.lookup('UNITED NATIONS')?.id).toBe('wikidata:Q1065');
    expect(vocabulary.lookup('Un')).toBeUndefined();
    expect(vocabulary.lookup('guinea')).toBeUndefined();
    expect(vocabulary.lookup('Cote d’Ivoire')?.id).toBe('wikidata:Q1008');
  });

  it('drops a name two entries share', () => {
    expect(vocabulary.lookup('Congo')).toBeUndefined();
    expect(vocabulary.lookup('DR Congo')?.id).toBe('wikidata:Q974');
  });

  it('finds word-bounded occurrences, longest name first', () => {
    const text = 'UN staff left Guinea-Bissau for Guinea and Côte d’Ivoire; UNICEF stayed.';
    const hits = vocabulary.findIn(text);
    expect(hits.map((hit) => [hit.text, hit.entry.id])).toEqual([
      ['UN', 'wikidata:Q1065'],
      ['Guinea-Bissau', 'wikidata:Q1007'],
      ['Guinea', 'wikidata:Q1006'],
      ['Côte d’Ivoire', 'wikidata:Q1008'],
    ]);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  });

  it('rejects malformed records', () => {
    expect(() =>
      StaticVocabulary.fromData({ about: '', entries: [{ id: 'Q1', type: 'place', name: 'X' }] }),
    ).toThrow();
  });
});

describe('the bundled vocabulary', () => {
  const vocabulary = StaticVocabulary.bundled();

  it('validates, and has unique ids and a UN-member backbone', () => {
    const ids = bundledFile.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const countries = bundledFile.entries.filter((entry) => 'iso3166' in entry);
    expect(countries.length).toBeGreaterThanOrEqual(193);
    expect(bundledFile.entries.length).toBeGreaterThanOrEqual(150);
  });

  it.each([
    ['United Nations', 'wikidata:Q1065'],
    ['EU', 'wikidata:Q458'],
    ['NATO', 'wikidata:Q7184'],
    ['US', 'wikidata:Q30'],
    ['Syria', 'wikidata:Q858'],
    ['Moscow', 'wikidata:Q649'],
    ['Damascus', 'wikidata:Q3766'],
  ])('knows %s as %s', (name, id) => {
    expect(vocabulary.lookup(name)?.id).toBe(id);
  });
});
