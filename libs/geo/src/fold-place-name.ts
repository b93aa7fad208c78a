/**
 * The form place names are compared in: accents and case folded, curly apostrophes straightened,
 * whitespace collapsed ("Zürich" = "ZURICH" = "zurich"). Punctuation is kept, so "U.S." stays
 * distinct from "us".
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
