/** A metadata field as the benchmark states it and as the extractor found it. */
export interface FieldPair {
  readonly truth: string | null;
  readonly predicted: string | null;
}

/**
 * `exact`/`wrong`/`missing` when the benchmark gives a value; `absent` when neither side has
 * one; `spurious` when only the extractor has one.
 */
export type FieldVerdict = 'exact' | 'wrong' | 'missing' | 'absent' | 'spurious';

export interface FieldExactness {
  /** Share of pages with a true value whose value was extracted exactly. */
  readonly exact: number;
  /** Pages with a true value: the denominator of `exact`. */
  readonly pages: number;
  /** Share of all pages judged right, a missing true value requiring a missing guess. */
  readonly exactOrAbsent: number;
  readonly verdicts: Readonly<Record<FieldVerdict, number>>;
}

/** Text fields compare after Unicode NFC and whitespace collapsing, nothing more. */
export function judgeText({ truth, predicted }: FieldPair): FieldVerdict {
  return judge(normaliseText(truth), normaliseText(predicted));
}

/** Dates compare as their calendar day, YYYY-MM-DD, as the page states it. */
export function judgeDate({ truth, predicted }: FieldPair): FieldVerdict {
  return judge(calendarDay(truth), calendarDay(predicted));
}

export function scoreVerdicts(verdicts: readonly FieldVerdict[]): FieldExactness {
  const counts: Record<FieldVerdict, number> = {
    exact: 0,
    wrong: 0,
    missing: 0,
    absent: 0,
    spurious: 0,
  };
  verdicts.forEach((verdict) => (counts[verdict] += 1));
  const pages = counts.exact + counts.wrong + counts.missing;
  return {
    exact: pages === 0 ? 0 : counts.exact / pages,
    pages,
    exactOrAbsent: verdicts.length === 0 ? 0 : (counts.exact + counts.absent) / verdicts.length,
    verdicts: counts,
  };
}

function judge(truth: string | null, predicted: string | null): FieldVerdict {
  if (truth === null) {
    return predicted === null ? 'absent' : 'spurious';
  }
  if (predicted === null) {
    return 'missing';
  }
  return truth === predicted ? 'exact' : 'wrong';
}

function normaliseText(value: string | null): string | null {
  const text = (value ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  return text.length > 0 ? text : null;
}

// The leading date of an ISO-8601 value; "2024-05" (month precision) stays as it is.
function calendarDay(value: string | null): string | null {
  const match = /^\s*(\d{4}-\d{2}(?:-\d{2})?)/u.exec(value ?? '');
  return match?.[1] ?? null;
}
