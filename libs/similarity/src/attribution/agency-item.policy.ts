/**
 * Domains of the wire agencies' own services. An item served from one of them (or a subdomain)
 * is the agency's own item, whatever its credit line says or omits.
 */
export const AGENCY_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['afp.com', 'AFP'],
  ['apnews.com', 'AP'],
  ['ap.org', 'AP'],
  ['reuters.com', 'Reuters'],
  ['dpa.com', 'dpa'],
  ['dpa-international.com', 'dpa'],
  ['efe.com', 'EFE'],
  ['ansa.it', 'ANSA'],
  ['xinhuanet.com', 'Xinhua'],
  ['news.cn', 'Xinhua'],
  ['pa.media', 'PA'],
  ['kyodonews.net', 'Kyodo'],
  ['kyodonews.jp', 'Kyodo'],
  ['aap.com.au', 'AAP'],
  ['aa.com.tr', 'Anadolu'],
  ['upi.com', 'UPI'],
  ['tass.com', 'TASS'],
  ['tass.ru', 'TASS'],
  ['interfax.com', 'Interfax'],
  ['yna.co.kr', 'Yonhap'],
  ['ptinews.com', 'PTI'],
  ['thecanadianpress.com', 'CP'],
  ['europapress.es', 'Europa Press'],
  ['lusa.pt', 'Lusa'],
  ['belga.be', 'Belga'],
  ['anp.nl', 'ANP'],
  ['apa.at', 'APA'],
  ['pap.pl', 'PAP'],
  ['bernama.com', 'Bernama'],
  ['antaranews.com', 'Antara'],
  ['ntb.no', 'NTB'],
  ['tt.se', 'TT'],
  ['ritzau.dk', 'Ritzau'],
  ['agi.it', 'AGI'],
]);

/** What the feed or pusher said about an item's origin. */
export interface ItemOrigin {
  /** The source id: a site host (`apnews.com`) or a wire feed id (`wire:afp`, `afp-wire`). */
  readonly sourceId: string;
  /** Page, canonical or feed URLs of the item, any of them null. */
  readonly urls: readonly (string | null)[];
  /** The agency the item's credit line names, null if none. */
  readonly credit: string | null;
  readonly byline: string | null;
}

/** The agency whose domain `host` is or is under; null for any other host. */
export function agencyOfHost(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/u, '').split('.');
  for (let start = 0; start < labels.length - 1; start += 1) {
    const agency = AGENCY_DOMAINS.get(labels.slice(start).join('.'));
    if (agency !== undefined) return agency;
  }
  return null;
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/gu, '');

/** A byline that is only the agency's name or code (`AFP`, `By The Associated Press`, `Reuters staff`). */
function bylineNames(byline: string | null, agency: string): boolean {
  if (byline === null) return false;
  const words = normalise(
    byline.replace(/^\s*by\s+/iu, '').replace(/\b(staff|news|wire)\b/giu, ''),
  );
  const names = [
    agency,
    agency === 'AP' ? 'the associated press' : '',
    agency === 'AP' ? 'associated press' : '',
  ];
  return names.some((name) => name !== '' && words === normalise(name));
}

/** A source id naming a wire feed of the agency: `afp`, `wire:afp`, `afp-wire`, `reuters.wire`. */
function wireSourceOf(sourceId: string, agency: string): boolean {
  const parts = sourceId
    .toLowerCase()
    .split(/[:._/-]+/u)
    .filter(Boolean);
  const code = normalise(agency);
  return (
    parts.includes(code) &&
    parts.every((part) => part === code || part === 'wire' || part === 'feed')
  );
}

/**
 * The agency whose own item this is, or null for an outlet's copy. Recognised from the host of
 * the source or of any of the item's URLs (the agency's own domains), or from a wire source id
 * naming the agency together with a credit or byline that is the same agency. An outlet that
 * credits the agency is not the agency: only where the item comes from counts.
 */
export function recogniseAgencyItem(origin: ItemOrigin): string | null {
  const hosts = [origin.sourceId, ...origin.urls.map(hostOf)].filter(
    (host): host is string => host !== null && host.includes('.'),
  );
  for (const host of hosts) {
    const agency = agencyOfHost(host);
    // A credit naming another agency marks a copy the agency's site picked up, not its own item.
    if (agency !== null && (origin.credit === null || origin.credit === agency)) return agency;
  }
  const claimed = origin.credit;
  if (claimed !== null && wireSourceOf(origin.sourceId, claimed)) return claimed;
  for (const agency of new Set(AGENCY_DOMAINS.values())) {
    if (wireSourceOf(origin.sourceId, agency) && bylineNames(origin.byline, agency)) return agency;
  }
  return null;
}
