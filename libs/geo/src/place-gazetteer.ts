import { loadBundledCities } from './bundled-cities.loader';
import type { CityRecord } from './city-table';
import { ADMIN_REGION_ROWS } from './data/admin-region-table.data';
import { COUNTRY_ALIASES, COUNTRY_DEMONYMS } from './data/country-names.data';
import { COUNTRY_ROWS } from './data/country-table.data';
import { foldPlaceName } from './fold-place-name';
import type { PlaceCandidate } from './place-candidate.types';

/** At most this many cities share one name in the candidate list (most populous first). */
const MAX_CITIES_PER_NAME = 25;

/**
 * Every place a name may denote: countries, first-level regions (US states, UK nations) and
 * GeoNames cities, indexed by folded name, plus the demonyms that point at countries. Immutable;
 * build one per process (the city list is the costly part).
 */
export class PlaceGazetteer {
  private readonly byName = new Map<string, PlaceCandidate[]>();
  private readonly countriesByCode = new Map<string, PlaceCandidate>();
  private readonly regionsByKey = new Map<string, PlaceCandidate>();
  private readonly citiesById = new Map<number, PlaceCandidate>();
  private readonly demonyms = new Map<string, string>();

  constructor(cities: readonly CityRecord[]) {
    const cityCandidates = cities.map(toCityCandidate);
    for (const city of cityCandidates) {
      this.citiesById.set(city.geonameId, city);
      this.index(city.name, city);
    }
    this.addCountries(cityCandidates);
    this.addRegions(cityCandidates);
    for (const list of this.byName.values()) list.sort(byImportance);
    for (const [key, list] of this.byName) {
      if (list.length > MAX_CITIES_PER_NAME)
        this.byName.set(key, list.slice(0, MAX_CITIES_PER_NAME));
    }
    for (const [code, words] of Object.entries(COUNTRY_DEMONYMS)) {
      for (const word of words) this.demonyms.set(word, code);
    }
  }

  /** The gazetteer over the bundled GeoNames cities, built on first use and shared. */
  static bundled(): PlaceGazetteer {
    bundledGazetteer ??= new PlaceGazetteer(loadBundledCities());
    return bundledGazetteer;
  }

  /** Everything `name` may denote, most important first; empty when nothing is known. */
  candidates(name: string): readonly PlaceCandidate[] {
    return this.byName.get(foldPlaceName(name)) ?? [];
  }

  country(code: string): PlaceCandidate | undefined {
    return this.countriesByCode.get(code);
  }

  region(country: string, admin: string): PlaceCandidate | undefined {
    return this.regionsByKey.get(`${country}.${admin}`);
  }

  city(geonameId: number): PlaceCandidate | undefined {
    return this.citiesById.get(geonameId);
  }

  /** Demonym → ISO country code (`French` → `FR`), as written (capitalised). */
  demonymCountries(): ReadonlyMap<string, string> {
    return this.demonyms;
  }

  private index(name: string, candidate: PlaceCandidate): void {
    const key = foldPlaceName(name);
    if (key === '') return;
    const list = this.byName.get(key);
    if (list === undefined) this.byName.set(key, [candidate]);
    else if (!list.includes(candidate)) list.push(candidate);
  }

  private addCountries(cities: readonly PlaceCandidate[]): void {
    for (const line of COUNTRY_ROWS.split('\n')) {
      const [code = '', id = '', name = '', capital = '', population = '', lat = '', lon = ''] =
        line.split('|');
      const capitalCity =
        lat === ''
          ? cities.find((city) => city.countryCode === code && city.name === capital)
          : undefined;
      const latitude = lat === '' ? capitalCity?.latitude : Number(lat);
      const longitude = lon === '' ? capitalCity?.longitude : Number(lon);
      if (latitude === undefined || longitude === undefined) continue;
      const country: PlaceCandidate = {
        geonameId: Number(id),
        name,
        featureClass: 'country',
        countryCode: code,
        admin: '',
        featureCode: 'PCLI',
        population: Number(population),
        latitude,
        longitude,
      };
      this.countriesByCode.set(code, country);
      for (const alias of [name, ...(COUNTRY_ALIASES[code] ?? [])]) this.index(alias, country);
    }
  }

  private addRegions(cities: readonly PlaceCandidate[]): void {
    for (const line of ADMIN_REGION_ROWS.split('\n')) {
      const [country = '', admin = '', id = '', name = '', others = ''] = line.split('|');
      const inside = cities.filter((city) => city.countryCode === country && city.admin === admin);
      const population = inside.reduce((sum, city) => sum + city.population, 0);
      if (inside.length === 0 || population === 0) continue;
      // A region's point is the population-weighted mean of its cities: inside it, near its people.
      const mean = (pick: (city: PlaceCandidate) => number): number =>
        round5(inside.reduce((sum, city) => sum + pick(city) * city.population, 0) / population);
      const region: PlaceCandidate = {
        geonameId: Number(id),
        name,
        featureClass: 'admin-region',
        countryCode: country,
        admin,
        featureCode: 'ADM1',
        population,
        latitude: mean((city) => city.latitude),
        longitude: mean((city) => city.longitude),
      };
      this.regionsByKey.set(`${country}.${admin}`, region);
      const names = [name, name.replace(/ State$/, ''), ...others.split(',')].filter(Boolean);
      // "Washington" and "New York" alone mean the cities far more often than the states.
      for (const alias of new Set(names)) {
        if (alias !== name && name.endsWith(' State')) continue;
        this.index(alias, region);
      }
    }
  }
}

let bundledGazetteer: PlaceGazetteer | undefined;

function toCityCandidate(city: CityRecord): PlaceCandidate {
  return {
    geonameId: city.id,
    name: city.name,
    featureClass: 'city',
    countryCode: city.country,
    admin: city.admin,
    featureCode: city.featureCode,
    population: city.population,
    latitude: city.latitude,
    longitude: city.longitude,
  };
}

const CLASS_ORDER = { country: 0, 'admin-region': 1, city: 2 } as const;

function byImportance(a: PlaceCandidate, b: PlaceCandidate): number {
  return (
    CLASS_ORDER[a.featureClass] - CLASS_ORDER[b.featureClass] ||
    b.population - a.population ||
    a.geonameId - b.geonameId
  );
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
