import type { CityRecord } from '../city-table';

// Real GeoNames records (ids, populations, coordinates) for the names the tests disambiguate.
const rows: [number, string, string, string, string, number, number, number][] = [
  [2988507, 'Paris', 'FR', '11', 'PPLC', 2138551, 48.85341, 2.3488],
  [4717560, 'Paris', 'US', 'TX', 'PPLA2', 24782, 33.66094, -95.55551],
  [4303602, 'Paris', 'US', 'KY', 'PPLA2', 9870, 38.2098, -84.25299],
  [6942553, 'Paris', 'CA', '08', 'PPL', 11177, 43.2, -80.38333],
  [2996944, 'Lyon', 'FR', '84', 'PPLA', 472317, 45.74846, 4.84671],
  [4684888, 'Dallas', 'US', 'TX', 'PPLA2', 1300092, 32.78306, -96.80667],
  [4699066, 'Houston', 'US', 'TX', 'PPLA2', 2314157, 29.76328, -95.36327],
  [2653941, 'Cambridge', 'GB', 'ENG', 'PPLA2', 158434, 52.2, 0.11667],
  [4931972, 'Cambridge', 'US', 'MA', 'PPL', 110402, 42.3751, -71.10561],
  [5913695, 'Cambridge', 'CA', '08', 'PPL', 120372, 43.3601, -80.31269],
  [4930956, 'Boston', 'US', 'MA', 'PPLA', 667137, 42.35843, -71.05977],
  [2643743, 'London', 'GB', 'ENG', 'PPLC', 7556900, 51.50853, -0.12574],
  [2640729, 'Oxford', 'GB', 'ENG', 'PPLA2', 171380, 51.75222, -1.25596],
  [2210247, 'Tripoli', 'LY', '77', 'PPLC', 1150989, 32.88743, 13.18733],
  [266826, 'Tripoli', 'LB', '09', 'PPLA', 229398, 34.43352, 35.84415],
  [276781, 'Beirut', 'LB', '04', 'PPLC', 1916100, 33.89332, 35.50157],
  [88319, 'Benghazi', 'LY', '69', 'PPLA', 650629, 32.11486, 20.06859],
  [2655603, 'Birmingham', 'GB', 'ENG', 'PPLA2', 984333, 52.48142, -1.89983],
  [4049979, 'Birmingham', 'US', 'AL', 'PPLA2', 212461, 33.52066, -86.80249],
  [2643123, 'Manchester', 'GB', 'ENG', 'PPLA2', 395515, 53.48095, -2.23743],
  [4076598, 'Montgomery', 'US', 'AL', 'PPLA', 200602, 32.36681, -86.29997],
  [4180439, 'Atlanta', 'US', 'GA', 'PPLA', 463878, 33.749, -84.38798],
  [611717, 'Tbilisi', 'GE', '11', 'PPLC', 1049498, 41.69411, 44.83368],
  [4140963, 'Washington, D.C.', 'US', 'DC', 'PPLC', 601723, 38.89511, -77.03637],
  [2660646, 'Genève', 'CH', 'GE', 'PPLA', 183981, 46.20222, 6.14569],
  [4893591, 'Geneva', 'US', 'IL', 'PPLA2', 21806, 41.88753, -88.30535],
  [170654, 'Damascus', 'SY', '13', 'PPLC', 1569394, 33.5102, 36.29128],
  [169577, 'Homs', 'SY', '11', 'PPLA', 775404, 34.72682, 36.72339],
  [524901, 'Moscow', 'RU', '48', 'PPLC', 10381222, 55.75222, 37.61556],
];

export const FIXTURE_CITIES: readonly CityRecord[] = rows.map(
  ([id, name, country, admin, featureCode, population, latitude, longitude]) => ({
    id,
    name,
    country,
    admin,
    featureCode,
    population,
    latitude,
    longitude,
  }),
);
