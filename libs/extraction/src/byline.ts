import { matchAgencyName } from './agency-catalog';
import { wordCount } from './line-shape';

const BY = /^(?:by|written\s+by|words\s+by|story\s+by|text\s+by|von|par|por|di|door)\s+(.+)$/iu;
// Lower-case words a list of names may contain; any other lower-case word makes it a sentence
// ("By Monday, the government had …").
const NAME_PARTICLES = new Set([
  'and',
  'in',
  'de',
  'da',
  'di',
  'do',
  'dos',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
  'ben',
  'y',
  'e',
  'et',
  'und',
  'staff',
  'reporter',
  'reporters',
  'correspondent',
  'writer',
  'editor',
  'news',
  'agency',
  'with',
]);
const MAX_BYLINE_WORDS = 12;

/**
 * The author names of a byline line ("By Jane Doe", "By JANE DOE and Ali Khan, AFP | 3 May"),
 * without the "By"; null for anything else, including sentences that start with "By".
 */
export function matchByline(line: string): string | null {
  const names = BY.exec(line.trim())?.[1];
  if (names === undefined || wordCount(line) > MAX_BYLINE_WORDS) {
    return null;
  }
  // Bylines often carry the date or a role after a bar or bullet: keep the names only.
  const first = withoutAgency(names.split(/\s*[|•·]\s*|\s+[-–—]\s+/u)[0] ?? '');
  const words = first.split(/[\s,()]+/u).filter((word) => word.length > 0);
  const startsWithName = /^\p{Lu}/u.test(first);
  const allNames = words.every(
    (word) =>
      /^[\p{Lu}\p{N}]/u.test(word) || (NAME_PARTICLES.has(word) && word === word.toLowerCase()),
  );
  return startsWithName && allNames && words.length > 0 ? first : null;
}

// "Jane Doe, AFP" and "Jane Doe (Reuters)": the agency is a credit, not an author.
function withoutAgency(names: string): string {
  const trimmed = names.replace(/[\s,.;:]+$/u, '');
  const tail = /(?:,\s*|\s*\(|\s*\/\s*)([^,()/]+?)\)?$/u.exec(trimmed);
  if (tail?.[1] !== undefined && matchAgencyName(tail[1]) !== null) {
    return trimmed.slice(0, tail.index).trim();
  }
  return trimmed;
}
