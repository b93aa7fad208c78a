import type { TaggedEntity } from '@newsflow/contracts';
import { PlaceGazetteer } from '@newsflow/geo';
import { assignTopics } from './assign-topics.util';
import { locatePlaces } from './locate-places.util';
import { StaticVocabulary } from './static.vocabulary';

const gazetteer = new PlaceGazetteer([
  {
    id: 4180439,
    name: 'Atlanta',
    country: 'US',
    admin: 'GA',
    featureCode: 'PPLA',
    population: 463878,
    latitude: 33.749,
    longitude: -84.38798,
  },
  {
    id: 611717,
    name: 'Tbilisi',
    country: 'GE',
    admin: '11',
    featureCode: 'PPLC',
    population: 1049498,
    latitude: 41.69411,
    longitude: 44.83368,
  },
  {
    id: 2988507,
    name: 'Paris',
    country: 'FR',
    admin: '11',
    featureCode: 'PPLC',
    population: 2138551,
    latitude: 48.85341,
    longitude: 2.3488,
  },
  {
    id: 4717560,
    name: 'Paris',
    country: 'US',
    admin: 'TX',
    featureCode: 'PPLA2',
    population: 24782,
    latitude: 33.66094,
    longitude: -95.55551,
  },
  {
    id: 4684888,
    name: 'Dallas',
    country: 'US',
    admin: 'TX',
    featureCode: 'PPLA2',
    population: 1300092,
    latitude: 32.78306,
    longitude: -96.80667,
  },
]);
const vocabulary = StaticVocabulary.bundled();

function place(id: string, name: string, text: string): TaggedEntity {
  const start = text.indexOf(name);
  return {
    id,
    type: 'place',
    name,
    mentions: [{ text: name, start, end: start + name.length }],
    salience: 0.5,
    confidence: 0.9,
  };
}

describe('locatePlaces', () => {
  it('adds GeoNames details and keeps a confirmed vocabulary id (France)', () => {
    const text = 'France and Georgia signed a deal in Tbilisi.';
    const [france, georgia] = locatePlaces(
      [
        place('wikidata:Q142', 'France', text),
        place('wikidata:Q230', 'Georgia', text),
        place('local:place:tbilisi', 'Tbilisi', text),
      ],
      text,
      vocabulary,
      gazetteer,
    );
    expect(france?.id).toBe('wikidata:Q142');
    expect(france?.place).toMatchObject({
      geonamesId: 'geonames:3017382',
      featureClass: 'country',
      countryCode: 'FR',
    });
    expect(georgia?.place?.geonamesId).toBe('geonames:614540');
  });

  it('re-identifies a vocabulary place the context contradicts, and a local place by GeoNames', () => {
    const text = 'Voters in Georgia queued for hours; Atlanta extended polling.';
    const [georgia, atlanta] = locatePlaces(
      [place('wikidata:Q230', 'Georgia', text), place('local:place:atlanta', 'Atlanta', text)],
      text,
      vocabulary,
      gazetteer,
    );
    expect(georgia).toMatchObject({ id: 'geonames:4197000', name: 'Georgia' });
    expect(georgia?.place).toMatchObject({ featureClass: 'admin-region', countryCode: 'US' });
    expect(atlanta?.id).toBe('geonames:4180439');
    expect(atlanta?.place?.latitude).toBeCloseTo(33.749, 3);
  });

  it('moves the vocabulary Paris to Texas when Dallas is in the story, and leaves people alone', () => {
    const text = 'A storm hit Paris overnight, and crews from Dallas helped, Smith said.';
    const person: TaggedEntity = { ...place('local:person:smith', 'Smith', text), type: 'person' };
    const [paris, , smith] = locatePlaces(
      [
        place('geonames:2988507', 'Paris', text),
        place('local:place:dallas', 'Dallas', text),
        person,
      ],
      text,
      vocabulary,
      gazetteer,
    );
    expect(paris?.id).toBe('geonames:4717560');
    expect(paris?.place?.countryCode).toBe('US');
    expect(smith).toEqual(person);
  });
});

describe('assignTopics', () => {
  it('maps classifier topics to tag fields', () => {
    const [topic] = assignTopics(
      {
        title: 'Striker scores twice in cup final',
        text: 'The striker scored twice as the team won the cup final at a packed stadium.',
      },
      [],
    );
    expect(topic).toMatchObject({ code: 'medtop:15000000', name: 'sport' });
    expect(topic?.relevance).toBeGreaterThan(0.5);
  });
});
