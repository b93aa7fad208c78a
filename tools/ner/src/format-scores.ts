import type { ConllEvaluation, SpanScores } from '@newsflow/ner';

const percent = (value: number): string => (value * 100).toFixed(2).padStart(6);

/** A conlleval-like table: one row per class and one for all of them. */
export function formatEvaluation(evaluation: ConllEvaluation): string {
  const row = (name: string, scores: SpanScores): string =>
    `${name.padEnd(8)} ${percent(scores.precision)} ${percent(scores.recall)} ${percent(scores.f1)}` +
    `  (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives})`;
  return [
    `${'class'.padEnd(8)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`,
    ...Object.entries(evaluation.byLabel).map(([label, scores]) => row(label, scores)),
    row('overall', evaluation.overall),
  ].join('\n');
}

/** One line per epoch during training. */
export function formatEpoch(epoch: number, accuracy: number, evaluation?: ConllEvaluation): string {
  const dev =
    evaluation === undefined
      ? ''
      : ` dev F1 ${percent(evaluation.overall.f1)} ` +
        Object.entries(evaluation.byLabel)
          .map(([label, scores]) => `${label} ${percent(scores.f1)}`)
          .join(' ');
  return `epoch ${String(epoch).padStart(2)}  train sentences right ${percent(accuracy)}%${dev}`;
}
