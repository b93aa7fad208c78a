import type { LineKind } from './line-rules';
import { isBodyBoundary, type RemovalReason } from './removal-reason';

/** What the body finder needs to know about each line. */
export interface RunLine {
  readonly kind: LineKind;
  readonly reason: RemovalReason | null;
  readonly prose: boolean;
  readonly length: number;
}

/** Lines [start, end) of the article body: from its first to its last prose paragraph. */
export interface BodyRange {
  readonly start: number;
  readonly end: number;
}

interface Block {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

// Three pieces of furniture in a row (share bar, ad label, tag list) end a body; one or two
// are an interruption inside it.
const MAX_INTERRUPTION = 2;
// Comment threads and teaser blurbs below an article can outweigh a short body; the article
// comes first, so any block at least half as heavy as the heaviest one wins by position.
const FIRST_BLOCK_SHARE = 0.5;

/**
 * Finds the main contiguous run of prose. Blocks of prose are cut at body boundaries (credit
 * lines, footers, headline lists, comment prompts) and at longer runs of furniture; once the
 * body has ended, later stray sentences belong to other blocks and are not body.
 */
export function selectBodyRange(lines: readonly RunLine[]): BodyRange | null {
  const blocks = splitIntoBlocks(lines);
  const heaviest = Math.max(0, ...blocks.map((block) => block.score));
  const body = blocks.find((block) => block.score >= heaviest * FIRST_BLOCK_SHARE);
  return body === undefined ? null : { start: body.start, end: body.end };
}

function splitIntoBlocks(lines: readonly RunLine[]): Block[] {
  const blocks: Block[] = [];
  let open: { start: number; end: number; score: number } | null = null;
  let interruption = 0;
  const close = (): void => {
    if (open !== null) {
      blocks.push(open);
    }
    open = null;
    interruption = 0;
  };
  lines.forEach((line, index) => {
    if (isBodyBoundary(line.reason)) {
      close();
    } else if (line.reason === null && line.prose) {
      open ??= { start: index, end: index + 1, score: 0 };
      open.end = index + 1;
      open.score += line.length;
      interruption = 0;
    } else if (line.reason === null && line.kind !== 'text') {
      // Headings and list items kept by the HTML structure neither extend nor end a body.
    } else {
      interruption += 1;
      if (interruption > MAX_INTERRUPTION) {
        close();
      }
    }
  });
  close();
  return blocks;
}
