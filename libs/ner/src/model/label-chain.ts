import { allowedTransitions, type TagScheme } from './label-scheme.util';

/**
 * The shape of a label chain: which label pairs may follow each other, as a matrix and as
 * adjacency lists. BILOU allows about a third of all pairs, so walking the lists makes
 * decoding about three times cheaper than scanning the matrix.
 */
export interface LabelChain {
  readonly labels: number;
  /** `allowed[from * (labels + 1) + to]`; index `labels` is the sentence boundary. */
  readonly allowed: Uint8Array;
  /** Labels that may precede label y: `predecessors[predecessorStart[y]..predecessorStart[y + 1])`. */
  readonly predecessorStart: Int32Array;
  readonly predecessors: Int32Array;
  /** Labels that may follow label y, laid out the same way. */
  readonly successorStart: Int32Array;
  readonly successors: Int32Array;
}

export function buildLabelChain(labelNames: readonly string[], scheme: TagScheme): LabelChain {
  const labels = labelNames.length;
  const size = labels + 1;
  const allowed = allowedTransitions(labelNames, scheme);
  const adjacency = (forward: boolean): { start: Int32Array; list: Int32Array } => {
    const start = new Int32Array(labels + 1);
    const list: number[] = [];
    for (let y = 0; y < labels; y += 1) {
      start[y] = list.length;
      for (let other = 0; other < labels; other += 1) {
        const pair = forward ? y * size + other : other * size + y;
        if (allowed[pair]) list.push(other);
      }
    }
    start[labels] = list.length;
    return { start, list: Int32Array.from(list) };
  };
  const before = adjacency(false);
  const after = adjacency(true);
  return {
    labels,
    allowed,
    predecessorStart: before.start,
    predecessors: before.list,
    successorStart: after.start,
    successors: after.list,
  };
}
