/** Canonical codes of the wire agencies and providers a credit can name. */
export type AgencyCode =
  | 'AFP'
  | 'AP'
  | 'Reuters'
  | 'dpa'
  | 'EFE'
  | 'ANSA'
  | 'Xinhua'
  | 'PA'
  | 'Kyodo'
  | 'AAP'
  | 'Anadolu'
  | 'UPI'
  | 'Bloomberg'
  | 'TASS'
  | 'RIA Novosti'
  | 'Interfax'
  | 'Yonhap'
  | 'PTI'
  | 'IANS'
  | 'ANI'
  | 'CP'
  | 'Europa Press'
  | 'Lusa'
  | 'Belga'
  | 'ANP'
  | 'APA'
  | 'PAP'
  | 'MAP'
  | 'APS'
  | 'WAM'
  | 'SPA'
  | 'KUNA'
  | 'QNA'
  | 'MENA'
  | 'IRNA'
  | 'SANA'
  | 'WAFA'
  | 'Bernama'
  | 'Antara'
  | 'NTB'
  | 'TT'
  | 'Ritzau'
  | 'AGI';

interface AgencyEntry {
  readonly code: AgencyCode;
  /** Spellings that name the agency on their own; case matters unless `anyCase` lists them. */
  readonly exact: readonly string[];
  /** Full names, matched case-insensitively: they cannot be confused with ordinary words. */
  readonly anyCase: readonly string[];
}

// Acronyms are matched case-sensitively so that "ap", "pa" or "map" in ordinary text never
// count; the full names are long enough to be unambiguous in any case.
const AGENCIES: readonly AgencyEntry[] = [
  {
    code: 'AFP',
    exact: ['AFP'],
    anyCase: ['agence france-presse', 'agence france presse', 'france-presse'],
  },
  { code: 'AP', exact: ['AP'], anyCase: ['associated press', 'the associated press'] },
  { code: 'Reuters', exact: ['Reuters', 'REUTERS'], anyCase: ['thomson reuters'] },
  {
    code: 'dpa',
    exact: ['dpa', 'DPA'],
    anyCase: ['deutsche presse-agentur', 'deutsche presse agentur'],
  },
  { code: 'EFE', exact: ['EFE', 'Efe'], anyCase: ['agencia efe'] },
  { code: 'ANSA', exact: ['ANSA', 'Ansa'], anyCase: ['agenzia ansa'] },
  { code: 'Xinhua', exact: ['Xinhua', 'XINHUA'], anyCase: ['xinhua news agency'] },
  { code: 'PA', exact: ['PA', 'PA Media', 'PA Wire'], anyCase: ['press association', 'pa media'] },
  { code: 'Kyodo', exact: ['Kyodo', 'KYODO'], anyCase: ['kyodo news'] },
  { code: 'AAP', exact: ['AAP'], anyCase: ['australian associated press'] },
  {
    code: 'Anadolu',
    exact: ['Anadolu', 'AA'],
    anyCase: ['anadolu agency', 'anadolu ajansi', 'anadolu ajansı'],
  },
  { code: 'UPI', exact: ['UPI'], anyCase: ['united press international'] },
  { code: 'Bloomberg', exact: ['Bloomberg'], anyCase: ['bloomberg news'] },
  { code: 'TASS', exact: ['TASS', 'ITAR-TASS', 'Tass'], anyCase: [] },
  { code: 'RIA Novosti', exact: ['RIA', 'RIA Novosti'], anyCase: ['ria novosti'] },
  { code: 'Interfax', exact: ['Interfax'], anyCase: [] },
  { code: 'Yonhap', exact: ['Yonhap'], anyCase: ['yonhap news agency'] },
  { code: 'PTI', exact: ['PTI'], anyCase: ['press trust of india'] },
  { code: 'IANS', exact: ['IANS'], anyCase: ['indo-asian news service'] },
  { code: 'ANI', exact: ['ANI'], anyCase: ['asian news international'] },
  { code: 'CP', exact: ['CP'], anyCase: ['the canadian press', 'canadian press'] },
  { code: 'Europa Press', exact: [], anyCase: ['europa press'] },
  { code: 'Lusa', exact: ['Lusa', 'LUSA'], anyCase: [] },
  { code: 'Belga', exact: ['Belga', 'BELGA'], anyCase: [] },
  { code: 'ANP', exact: ['ANP'], anyCase: [] },
  { code: 'APA', exact: ['APA'], anyCase: ['austria presse agentur'] },
  { code: 'PAP', exact: ['PAP'], anyCase: ['polish press agency'] },
  { code: 'MAP', exact: ['MAP'], anyCase: ['maghreb arabe presse'] },
  { code: 'APS', exact: ['APS'], anyCase: ['algerie presse service', 'algérie presse service'] },
  { code: 'WAM', exact: ['WAM'], anyCase: ['emirates news agency'] },
  { code: 'SPA', exact: ['SPA'], anyCase: ['saudi press agency'] },
  { code: 'KUNA', exact: ['KUNA'], anyCase: ['kuwait news agency'] },
  { code: 'QNA', exact: ['QNA'], anyCase: ['qatar news agency'] },
  { code: 'MENA', exact: ['MENA'], anyCase: ['middle east news agency'] },
  { code: 'IRNA', exact: ['IRNA'], anyCase: ['islamic republic news agency'] },
  { code: 'SANA', exact: ['SANA'], anyCase: ['syrian arab news agency'] },
  { code: 'WAFA', exact: ['WAFA', 'Wafa'], anyCase: [] },
  { code: 'Bernama', exact: ['Bernama', 'BERNAMA'], anyCase: [] },
  { code: 'Antara', exact: ['Antara', 'ANTARA'], anyCase: [] },
  { code: 'NTB', exact: ['NTB'], anyCase: [] },
  { code: 'TT', exact: ['TT'], anyCase: [] },
  { code: 'Ritzau', exact: ['Ritzau', 'RITZAU'], anyCase: [] },
  { code: 'AGI', exact: ['AGI'], anyCase: [] },
];

const EXACT_NAMES = new Map<string, AgencyCode>(
  AGENCIES.flatMap((entry) => entry.exact.map((name) => [name, entry.code] as const)),
);
const ANY_CASE_NAMES = new Map<string, AgencyCode>(
  AGENCIES.flatMap((entry) => entry.anyCase.map((name) => [name, entry.code] as const)),
);

/**
 * The agency a fragment names, when the whole fragment is an agency name (surrounding spaces,
 * brackets and full stops aside); `null` for anything else, including sentences mentioning one.
 */
export function matchAgencyName(fragment: string): AgencyCode | null {
  const name = fragment
    .trim()
    .replace(/^[([]+|[)\].]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return EXACT_NAMES.get(name) ?? ANY_CASE_NAMES.get(name.toLowerCase()) ?? null;
}
