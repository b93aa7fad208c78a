/** What one timed run over a set of documents measured. */
export interface ThroughputFigures {
  readonly documents: number;
  /** Documents per CPU-second of this process: the rate one core sustains. */
  readonly perCpuSecond: number;
  /** Documents per second of elapsed time. */
  readonly perWallSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Runs `work` over every input `rounds` times (after one warm-up pass) and measures it. */
export function measureThroughput<T>(
  inputs: readonly T[],
  rounds: number,
  work: (input: T) => unknown,
): ThroughputFigures {
  for (const input of inputs) work(input);
  const durations: number[] = [];
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (const input of inputs) {
      const started = performance.now();
      work(input);
      durations.push(performance.now() - started);
    }
  }
  const wallSeconds = (performance.now() - wallBefore) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const documents = inputs.length * rounds;
  return {
    documents,
    perCpuSecond: documents / cpuSeconds,
    perWallSecond: documents / wallSeconds,
    p50Ms: percentile(durations, 0.5),
    p99Ms: percentile(durations, 0.99),
  };
}

/** Nearest-rank percentile of `values` (0 when empty). */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] ?? 0;
}
