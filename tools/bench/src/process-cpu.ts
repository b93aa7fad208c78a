import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream kernel build. */
const TICKS_PER_SECOND = 100;

export interface ProcStat {
  readonly pid: number;
  readonly parentPid: number;
  /** User plus system CPU time of the process itself, in seconds. */
  readonly cpuSeconds: number;
}

/**
 * Parses one `/proc/<pid>/stat` line. The command name (field 2) is in parentheses and may hold
 * spaces or parentheses itself, so fields are counted from the last `)`.
 */
export function parseProcStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  if (close < 0 || !Number.isInteger(pid)) return null;
  // After ")": state(3) ppid(4) … utime(14) stime(15), so ppid is [1] and utime [11].
  const fields = line.slice(close + 2).split(' ');
  const parentPid = Number(fields[1]);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (![parentPid, utime, stime].every(Number.isFinite)) return null;
  return { pid, parentPid, cpuSeconds: (utime + stime) / TICKS_PER_SECOND };
}

/** CPU seconds of each root process together with all its descendants, from one process table. */
export function treeCpuSeconds(
  table: readonly ProcStat[],
  roots: ReadonlyMap<string, number>,
): Map<string, number> {
  const children = new Map<number, ProcStat[]>();
  for (const stat of table)
    children.set(stat.parentPid, [...(children.get(stat.parentPid) ?? []), stat]);
  const byPid = new Map(table.map((stat) => [stat.pid, stat]));
  const result = new Map<string, number>();
  for (const [name, rootPid] of roots) {
    let seconds = 0;
    const seen = new Set<number>();
    for (let stack = [rootPid]; stack.length > 0;) {
      const pid = stack.pop() as number;
      if (seen.has(pid)) continue;
      seen.add(pid);
      seconds += byPid.get(pid)?.cpuSeconds ?? 0;
      stack = [...stack, ...(children.get(pid) ?? []).map((child) => child.pid)];
    }
    result.set(name, seconds);
  }
  return result;
}

/** The process table as `/proc` shows it now (processes that vanish meanwhile are skipped). */
export function readProcessTable(): ProcStat[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = parseProcStat(readFileSync(`/proc/${entry}/stat`, 'utf8'));
      return stat ? [stat] : [];
    } catch {
      return [];
    }
  });
}

/** CPU seconds per named process tree since `start()`; for the processes of one benchmark run. */
export class CpuMeter {
  private before = new Map<string, number>();

  constructor(private readonly roots: ReadonlyMap<string, number>) {}

  start(): void {
    this.before = treeCpuSeconds(readProcessTable(), this.roots);
  }

  /** Seconds used by each tree since start (a tree whose root has exited counts 0 from then). */
  stop(): Map<string, number> {
    const after = treeCpuSeconds(readProcessTable(), this.roots);
    return new Map(
      [...after].map(([name, seconds]) => [
        name,
        Math.max(0, seconds - (this.before.get(name) ?? 0)),
      ]),
    );
  }
}
