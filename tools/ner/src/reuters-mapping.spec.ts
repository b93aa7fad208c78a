import { parseEvalArguments } from './eval-arguments';
import {
  mediaTopicsOf,
  reutersOrg,
  reutersPerson,
  reutersPlace,
  reutersSlug,
} from './reuters-mapping';

describe('Reuters index-term mapping', () => {
  it('slugs names the way the index writes them', () => {
    expect(reutersSlug("Côte d'Ivoire")).toBe('cote-divoire');
    expect(reutersSlug('New Zealand')).toBe('new-zealand');
  });

  it('maps countries by slug, with aliases for names the 1987 index writes differently', () => {
    expect(reutersPlace('FR', 'France')).toBe('france');
    expect(reutersPlace('US', 'United States')).toBe('usa');
    expect(reutersPlace('GB', 'United Kingdom')).toBe('uk');
    expect(reutersPlace('DE', 'Germany')).toBe('west-germany');
    expect(reutersPlace('UA', 'Ukraine')).toBe('ussr');
  });

  it('maps people by full name, last two words or surname, inside the label set only', () => {
    const known = new Set(['james-baker', 'reagan', 'de-larosiere']);
    expect(reutersPerson(['Ronald Reagan'], known)).toBe('reagan');
    expect(reutersPerson(['Treasury Secretary James Baker'], known)).toBe('james-baker');
    expect(reutersPerson(['Jacques de Larosiere'], known)).toBe('de-larosiere');
    expect(reutersPerson(['Jane Roe'], known)).toBeUndefined();
  });

  it('maps organisations by acronym or full name', () => {
    const known = new Set(['ec', 'opec', 'worldbank']);
    expect(reutersOrg(['OPEC'], known)).toBe('opec');
    expect(reutersOrg(['the European Community'], known)).toBe('ec');
    expect(reutersOrg(['World Bank'], known)).toBe('worldbank');
    expect(reutersOrg(['Acme Corp'], known)).toBeUndefined();
  });

  it('maps Reuters topics to Media Topics', () => {
    expect([...mediaTopicsOf(['earn', 'acq'])]).toEqual(['medtop:04000000']);
    expect([...mediaTopicsOf(['jobs'])]).toEqual(['medtop:09000000']);
    expect(mediaTopicsOf([]).size).toBe(0);
  });
});

describe('parseEvalArguments for JSONL', () => {
  it('reads --limit and --labels and refuses a bad limit', () => {
    const options = parseEvalArguments([
      'reuters.jsonl',
      '--limit',
      '2000',
      '--labels',
      '/data/tags',
    ]);
    expect(options).toMatchObject({ limit: 2000, labelsDir: '/data/tags' });
    expect(() => parseEvalArguments(['reuters.jsonl', '--limit', '0'])).toThrow('--limit');
  });
});
