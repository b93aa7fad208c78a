import { FIXTURE_CITIES } from './__fixtures__/cities.fixture';
import { exonymRecords } from './english-exonyms';
import { PlaceGazetteer } from './place-gazetteer';
import { resolvePlaces, type PlaceMentionInput } from './resolve-places';

const gazetteer = new PlaceGazetteer([...FIXTURE_CITIES, ...exonymRecords(FIXTURE_CITIES)]);

/** Every place name in `names`, with the offsets of its occurrences in `text`. */
function mentionsIn(text: string, names: readonly string[]): PlaceMentionInput[] {
  return names.map((name) => ({
    key: name,
    names: [name],
    spans: [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((match) => ({
      start: match.index,
      end: match.index + name.length,
    })),
  }));
}

function resolve(text: string, names: readonly string[]): Map<string, string> {
  const picks = resolvePlaces(mentionsIn(text, names), text, gazetteer);
  return new Map(
    picks.map((pick) => [
      pick.key,
      `${pick.place.featureClass}:${pick.place.countryCode}${pick.place.admin ? `.${pick.place.admin}` : ''}`,
    ]),
  );
}

describe('resolvePlaces', () => {
  it('reads a bare "Paris" as the French capital (population and capital prior)', () => {
    expect(resolve('Talks resume in Paris on Monday.', ['Paris']).get('Paris')).toBe('city:FR.11');
  });

  it('reads Paris next to Lyon and France as Paris, France', () => {
    const text = 'Trains between Paris and Lyon were cancelled as strikes spread across France.';
    const picks = resolve(text, ['Paris', 'Lyon', 'France']);
    expect(picks.get('Paris')).toBe('city:FR.11');
    expect(picks.get('France')).toBe('country:FR');
  });

  it('reads Paris next to Texas and Dallas as Paris, Texas', () => {
    const text =
      'A tornado hit Paris on Tuesday. Crews from Dallas reached the town, officials in Texas said.';
    const picks = resolve(text, ['Paris', 'Dallas', 'Texas']);
    expect(picks.get('Paris')).toBe('city:US.TX');
    expect(picks.get('Texas')).toBe('admin-region:US.TX');
  });

  it('lets a qualifier decide on its own ("Paris, Texas")', () => {
    const text = 'The festival in Paris, Texas, drew a record crowd.';
    const [pick] = resolvePlaces(mentionsIn(text, ['Paris']), text, gazetteer);
    expect(pick?.place.geonameId).toBe(4717560);
    expect(pick?.evidence.map((line) => line.signal)).toContain('qualifier');
  });

  it('finds Geneva under its English name and does not let one passing US mention move it', () => {
    const text =
      'Envoys met in Moscow before talks on Syria. Fighting eased around Damascus and Homs in ' +
      'Syria, though a US-led campaign went on in Syria. New talks are due in Geneva.';
    const picks = resolve(text, ['Moscow', 'Syria', 'Damascus', 'Homs', 'US', 'Geneva']);
    expect(picks.get('Geneva')).toBe('city:CH.GE');
    expect(resolve('The county fair in Geneva opened on Friday.', ['Geneva']).get('Geneva')).toBe(
      'city:CH.GE',
    );
  });

  it('reads Georgia as the country by default and next to Tbilisi', () => {
    expect(resolve('Protests grew in Georgia.', ['Georgia']).get('Georgia')).toBe('country:GE');
    const text = 'Georgia said talks in Tbilisi would go on.';
    expect(resolve(text, ['Georgia', 'Tbilisi']).get('Georgia')).toBe('country:GE');
  });

  it('reads Georgia as the US state next to Atlanta', () => {
    const text = 'Voters in Georgia lined up early; Atlanta reported long queues.';
    const picks = resolve(text, ['Georgia', 'Atlanta']);
    expect(picks.get('Georgia')).toBe('admin-region:US.GA');
    expect(picks.get('Atlanta')).toBe('city:US.GA');
  });

  it('reads Cambridge as the English city near London and Oxford, as Cambridge, Mass. near Boston', () => {
    const english = 'Researchers in Cambridge, Oxford and London shared the grant.';
    expect(resolve(english, ['Cambridge', 'Oxford', 'London']).get('Cambridge')).toBe(
      'city:GB.ENG',
    );
    const american = 'The lab in Cambridge moved its trials to Boston.';
    expect(resolve(american, ['Cambridge', 'Boston']).get('Cambridge')).toBe('city:US.MA');
    const abbreviated = 'The startup, based in Cambridge, Mass., raised $40 million.';
    expect(resolve(abbreviated, ['Cambridge']).get('Cambridge')).toBe('city:US.MA');
  });

  it('reads Tripoli as Libya by default, as Lebanon next to Beirut or a Lebanese source', () => {
    expect(resolve('Clashes broke out in Tripoli.', ['Tripoli']).get('Tripoli')).toBe('city:LY.77');
    expect(
      resolve('Benghazi and Tripoli held rival talks.', ['Tripoli', 'Benghazi']).get('Tripoli'),
    ).toBe('city:LY.77');
    const lebanon = 'Clashes in Tripoli spread south towards Beirut.';
    expect(resolve(lebanon, ['Tripoli', 'Beirut']).get('Tripoli')).toBe('city:LB.09');
    const demonym = 'Lebanese troops deployed in Tripoli overnight.';
    expect(resolve(demonym, ['Tripoli']).get('Tripoli')).toBe('city:LB.09');
  });

  it('reads Birmingham as England by default, as Alabama next to Montgomery or Alabama', () => {
    expect(
      resolve('Birmingham and Manchester bid for the games.', ['Birmingham', 'Manchester']).get(
        'Birmingham',
      ),
    ).toBe('city:GB.ENG');
    const text = 'Birmingham, the largest city in Alabama, lies north of Montgomery.';
    expect(resolve(text, ['Birmingham', 'Alabama', 'Montgomery']).get('Birmingham')).toBe(
      'city:US.AL',
    );
  });

  it('gives a confidence that reflects the margin and explains the winning reading', () => {
    const [bare] = resolvePlaces(
      mentionsIn('Rain in Paris.', ['Paris']),
      'Rain in Paris.',
      gazetteer,
    );
    const text = 'Rain in Paris, Texas.';
    const [qualified] = resolvePlaces(mentionsIn(text, ['Paris']), text, gazetteer);
    expect(bare?.alternatives).toBe(4);
    expect(qualified?.confidence).toBeGreaterThan(0.95);
    expect(bare?.evidence.find((line) => line.signal === 'population')?.weight).toBeGreaterThan(
      0.3,
    );
  });

  it('lets the vocabulary reading count, and leaves unknown names unresolved', () => {
    const text = 'Officials in Georgia and in Atlantis spoke.';
    const mentions = mentionsIn(text, ['Georgia', 'Atlantis']).map((mention) =>
      mention.key === 'Georgia' ? { ...mention, preferred: { countryCode: 'GE' } } : mention,
    );
    const picks = resolvePlaces(mentions, text, gazetteer);
    expect(picks.map((pick) => pick.key)).toEqual(['Georgia']);
    expect(picks[0]?.evidence.map((line) => line.signal)).toContain('vocabulary');
  });
});
