// RFC 9110 token characters: a product name or version may use nothing else.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Visible ASCII and spaces only: a CR or LF in a header value would split the request.
const HEADER_SAFE = /^[\x20-\x7e]+$/;
const PRODUCT = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\/[!#$%&'*+.^_`|~0-9A-Za-z-]+)?(?:\s|$)/;

export interface UserAgentParts {
  /** Product name, e.g. `Newsflow`; also the token matched against robots.txt groups. */
  product: string;
  /** Product version, e.g. `0.1.0`. */
  version: string;
  /** Operator contact (https URL or mailto:), shown to site owners as `(+<contact>)`. */
  contact?: string;
}

/** `Newsflow/0.1.0 (+https://example.org/bot)`, the form crawler operators are expected to send. */
export function formatUserAgent(parts: UserAgentParts): string {
  if (!TOKEN.test(parts.product)) throw new Error(`invalid product token: ${parts.product}`);
  if (!TOKEN.test(parts.version)) throw new Error(`invalid product version: ${parts.version}`);
  const contact = parts.contact?.trim();
  if (contact !== undefined && contact !== '' && !/^[\x21-\x7e]+$/.test(contact)) {
    throw new Error('contact must be printable ASCII without spaces');
  }
  const comment = contact ? ` (+${contact})` : '';
  return `${parts.product}/${parts.version}${comment}`;
}

/**
 * Why a User-Agent cannot be sent, or undefined when it can: it must start with a product token
 * (what robots.txt groups are matched against) and fit in one header line.
 */
export function userAgentProblem(userAgent: string): string | undefined {
  if (userAgent.trim() === '') return 'must not be empty';
  if (userAgent.length > 512) return 'must be at most 512 characters';
  if (!HEADER_SAFE.test(userAgent)) return 'must be printable ASCII on one line';
  if (!PRODUCT.test(userAgent)) return 'must start with a product token such as Newsflow/1.0';
  return undefined;
}

/**
 * The robots.txt product token of a User-Agent: its first product name, lower-cased
 * (RFC 9309 §2.2.1 matches it case-insensitively). `Newsflow/0.1 (+…)` → `newsflow`.
 */
export function robotsProductToken(userAgent: string): string {
  const match = PRODUCT.exec(userAgent.trim());
  if (match?.[1] === undefined) throw new Error(`no product token in User-Agent: ${userAgent}`);
  return match[1].toLowerCase();
}
