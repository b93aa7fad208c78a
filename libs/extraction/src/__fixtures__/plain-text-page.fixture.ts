import type { DetectedCredit } from '../credit-line';

/** A scraped plain-text page and what extraction must make of it. */
export interface PlainTextPageFixture {
  readonly name: string;
  readonly text: string;
  readonly title?: string;
  readonly expected: {
    readonly title: string | null;
    readonly byline: string | null;
    readonly paragraphs: readonly string[];
    readonly credit: DetectedCredit | null;
  };
}

/** Builds the page text from its lines, the way scrapers hand it over. */
export function page(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
