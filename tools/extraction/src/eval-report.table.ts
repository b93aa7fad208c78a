import type { WcxbReport, ZyteReport } from './extraction-scores';

export interface RunTiming {
  /** Wall-clock seconds inside the extractor. */
  readonly seconds: number;
  /** CPU seconds inside the extractor (user + system), steadier than wall time on a busy host. */
  readonly cpuSeconds: number;
  readonly pages: number;
}

/** The headline figures as a small aligned table for the terminal. */
export function formatReport(report: ZyteReport | WcxbReport, timing: RunTiming): string {
  const rows =
    report.layout === 'zyte'
      ? [
          ['metric (4-token shingles)', 'value'],
          ['precision', fixed(report.precision)],
          ['recall', fixed(report.recall)],
          ['F1', fixed(report.f1)],
        ]
      : [
          ['metric', 'value'],
          ['body word precision', fixed(report.body.precision)],
          ['body word recall', fixed(report.body.recall)],
          ['body word F1', fixed(report.body.f1)],
          ['title exact', share(report.title.exact, report.title.pages)],
          ['author exact', share(report.author.exact, report.author.pages)],
          ['date exact (YYYY-MM-DD)', share(report.date.exact, report.date.pages)],
          ['all three right', share(report.allThree, report.pages)],
        ];
  const width = Math.max(...rows.map(([label]) => (label ?? '').length));
  const lines = rows.map(([label, value]) => `${(label ?? '').padEnd(width)}  ${value ?? ''}`);
  const rate = timing.seconds > 0 ? timing.pages / timing.seconds : 0;
  return [
    `${report.layout}: ${report.pages} pages`,
    ...lines,
    `extraction time: ${timing.seconds.toFixed(1)} s wall, ${timing.cpuSeconds.toFixed(1)} s CPU (${rate.toFixed(1)} pages/s)`,
  ].join('\n');
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function share(value: number, pages: number): string {
  return `${fixed(value)}  (of ${pages} pages)`;
}
