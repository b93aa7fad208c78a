import { franc } from 'franc-min';

/** Shorter texts give trigram statistics too thin to trust (a name-heavy line reads as Swedish). */
export const MIN_LANGUAGE_TEXT_LENGTH = 100;

/** franc's ISO 639-3 codes → ISO 639-1 for the languages franc-min knows that have one. */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  swe: 'sv',
  pol: 'pl',
  ces: 'cs',
  hun: 'hu',
  ron: 'ro',
  hrv: 'hr',
  bos: 'bs',
  srp: 'sr',
  bul: 'bg',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  kaz: 'kk',
  uzn: 'uz',
  azj: 'az',
  tur: 'tr',
  ell: 'el',
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  pbu: 'ps',
  ckb: 'ku',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  pan: 'pa',
  guj: 'gu',
  tel: 'te',
  tam: 'ta',
  kan: 'kn',
  mal: 'ml',
  sin: 'si',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  vie: 'vi',
  tha: 'th',
  mya: 'my',
  ind: 'id',
  zlm: 'ms',
  jav: 'jv',
  sun: 'su',
  tgl: 'tl',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  amh: 'am',
  som: 'so',
  zul: 'zu',
  kin: 'rw',
  run: 'rn',
  nya: 'ny',
  lin: 'ln',
  plt: 'mg',
};

/** ISO 639-1 code of the text's language, or null when too short or undetermined. */
export function detectLanguage(text: string): string | null {
  const sample = text.trim();
  if (sample.length < MIN_LANGUAGE_TEXT_LENGTH) return null;
  const code = franc(sample, { minLength: MIN_LANGUAGE_TEXT_LENGTH });
  return ISO_639_1[code] ?? null;
}
