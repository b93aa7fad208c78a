import { Gazetteer } from './gazetteer';
import { buildGazetteerData } from './build-gazetteer-data.util';
import { WORD_LIST_NAMES } from './gazetteer.types';

const gazetteer = new Gazetteer(
  buildGazetteerData([
    { name: 'United Nations', label: 'ORG' },
    { name: 'New York', label: 'LOC' },
    { name: 'York', label: 'LOC' },
    { name: 'Jordan', label: 'LOC' },
  ]),
);

// Bit of (class, position): classes in ENTITY_LABELS order, positions first/inside/last/unit.
const bit = (label: number, position: number): number => 1 << (label * 4 + position);
const ORG = 1;
const LOC = 2;

describe('Gazetteer', () => {
  it('knows which word lists hold a lower-case word', () => {
    const firstName = 1 << WORD_LIST_NAMES.indexOf('firstName');
    const organisationWord = 1 << WORD_LIST_NAMES.indexOf('organisationWord');
    expect(gazetteer.wordMask('anna')).toBe(firstName);
    expect(gazetteer.wordMask('ministry') & organisationWord).toBe(organisationWord);
    expect(gazetteer.wordMask('table')).toBe(0);
  });

  it('marks first, inside, last and unit positions of every covering name', () => {
    const masks = gazetteer.nameMasks([
      'the',
      'united',
      'nations',
      'in',
      'new',
      'york',
      'and',
      'jordan',
    ]);
    expect(masks[0]).toBe(0);
    expect(masks[1]).toBe(bit(ORG, 0));
    expect(masks[2]).toBe(bit(ORG, 2));
    expect(masks[4]).toBe(bit(LOC, 0));
    // "York" ends "New York" and is a name by itself: both count.
    expect(masks[5]).toBe(bit(LOC, 2) | bit(LOC, 3));
    expect(masks[7]).toBe(bit(LOC, 3));
  });

  it('adds the hand-written place and organisation lists', () => {
    const masks = gazetteer.nameMasks(['world', 'food', 'programme', 'in', 'reykjavik']);
    expect(masks[1]).toBe(bit(ORG, 1));
    expect(masks[4]).toBe(bit(LOC, 3));
  });
});

describe('buildGazetteerData', () => {
  it('is sorted and free of duplicates, so model files are reproducible', () => {
    const data = buildGazetteerData([
      { name: 'Zeta Corp', label: 'ORG' },
      { name: 'Zeta Corp', label: 'ORG' },
    ]);
    expect(data.names.ORG.filter((name) => name === 'Zeta Corp')).toHaveLength(1);
    expect([...data.names.LOC]).toEqual([...data.names.LOC].sort());
    expect([...data.words.firstName]).toEqual([...new Set(data.words.firstName)].sort());
  });
});
