import { franc } from 'franc-min';

// franc reports ISO 639-3; the contract wants 639-1. Only languages franc-min knows and that
// have a 639-1 code are listed, and detection is limited to them.
const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ron: 'ro',
  hun: 'hu',
  ces: 'cs',
  swe: 'sv',
  tur: 'tr',
  ind: 'id',
  zlm: 'ms',
  vie: 'vi',
  tgl: 'tl',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  som: 'so',
  zul: 'zu',
  kin: 'rw',
  bos: 'bs',
  hrv: 'hr',
  srp: 'sr',
  azj: 'az',
  uzn: 'uz',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  ckb: 'ku',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  mya: 'my',
  pan: 'pa',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  jav: 'jv',
  sun: 'su',
  plt: 'mg',
  nya: 'ny',
  lin: 'ln',
  run: 'rn',
};
const DETECTABLE = Object.keys(ISO_639_3_TO_1);
// Below this many characters trigram statistics are noise.
const MIN_DETECTION_LENGTH = 60;
// Deprecated codes still found in lang attributes.
const LEGACY_639_1: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv' };

/** ISO 639-1 from a declared language tag ("en-GB", "pt_BR", "ara"), or null. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  if (/^[a-z]{2}$/u.test(primary)) {
    return LEGACY_639_1[primary] ?? primary;
  }
  if (primary === 'ara') {
    return 'ar';
  }
  return ISO_639_3_TO_1[primary] ?? null;
}

/** The language of a text by franc-min trigrams, as ISO 639-1; null when unsure or too short. */
export function detectLanguage(text: string): string | null {
  if (text.trim().length < MIN_DETECTION_LENGTH) {
    return null;
  }
  const code = franc(text, { only: DETECTABLE, minLength: MIN_DETECTION_LENGTH });
  return ISO_639_3_TO_1[code] ?? null;
}
