import { matchesAcronym } from './match-acronym.util';

describe('matchesAcronym', () => {
  it.each([
    ['UN', 'United Nations'],
    ['U.N.', 'United Nations'],
    ['NATO', 'North Atlantic Treaty Organization'],
    ['ECOWAS', 'Economic Community of West African States'],
    ['OIC', 'Organisation of Islamic Cooperation'],
    ['DRC', 'Democratic Republic of the Congo'],
    ['PFC', 'Pacific Fisheries Council'],
  ])('%s abbreviates %s', (acronym, expansion) => {
    expect(matchesAcronym(acronym, expansion)).toBe(true);
  });

  it.each([
    ['US', 'United Nations'],
    ['UN', 'United Nations Development Programme'],
    ['WHO', 'World Trade Organization'],
    ['Un', 'United Nations'],
    ['UN', 'Unicef'],
  ])('%s does not abbreviate %s', (acronym, expansion) => {
    expect(matchesAcronym(acronym, expansion)).toBe(false);
  });
});
