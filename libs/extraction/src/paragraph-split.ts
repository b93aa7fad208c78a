const NEWLINE = /\r\n?|\u2028|\u2029/gu;
const BLANK_LINE = /\n[^\S\n]*\n/u;
const INLINE_WHITESPACE = /[\s\u00a0\u200b\ufeff]+/gu;

/** One line as the rules see it: no-break and zero-width spaces folded, runs of spaces collapsed. */
export function cleanLine(line: string): string {
  return line.replace(INLINE_WHITESPACE, ' ').trim();
}

/**
 * Splits scraped text into paragraphs. Normally one non-empty line is one paragraph; text
 * hard-wrapped at a fixed width (e-mail, wire feeds) is re-joined block by block instead.
 */
export function splitParagraphs(text: string): string[] {
  const normalised = text.replace(NEWLINE, '\n');
  const blocks = normalised
    .split(BLANK_LINE)
    .map((block) =>
      block
        .split('\n')
        .map(cleanLine)
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
  if (isHardWrapped(blocks)) {
    return blocks.map(joinWrappedLines);
  }
  return blocks.flat();
}

/** `paragraphs` joined the way the article contract's `text` field is. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

// Fewer wrapped lines than this are too little evidence of a fixed width.
const MIN_WRAPPED_LINES = 3;

// Hard-wrapped text has blank-line separated blocks whose inner lines all end near one width;
// one-paragraph-per-line scrapes have wildly varying lengths, often far beyond any wrap width.
function isHardWrapped(blocks: readonly (readonly string[])[]): boolean {
  const multiLine = blocks.filter((lines) => lines.length > 1);
  if (multiLine.length === 0) {
    return false;
  }
  const lengths = blocks.flat().map((line) => line.length);
  const width = Math.max(...lengths);
  if (width > 120 || width < 30) {
    return false;
  }
  const inner = multiLine.flatMap((lines) => lines.slice(0, -1));
  if (inner.length < MIN_WRAPPED_LINES) {
    return false;
  }
  const nearWidth = inner.filter((line) => line.length >= width * 0.6);
  return nearWidth.length >= inner.length * 0.7;
}

function joinWrappedLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => {
    // A line broken after a hyphen keeps the hyphen but gets no space ("well-" + "known").
    if (joined.endsWith('-') && /^\p{Ll}/u.test(line)) {
      return joined + line;
    }
    return `${joined} ${line}`;
  });
}
