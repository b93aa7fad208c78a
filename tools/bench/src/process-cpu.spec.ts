import { parseProcStat, treeCpuSeconds } from './process-cpu';

// Field layout of proc(5): pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt
// majflt cmajflt utime stime …
const statLine = (pid: number, comm: string, ppid: number, utime: number, stime: number) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 ${utime} ${stime} 0 0 20 0 1 0`;

describe('parseProcStat', () => {
  it('reads the parent and user plus system time in seconds', () => {
    expect(parseProcStat(statLine(42, 'node', 7, 150, 50))).toEqual({
      pid: 42,
      parentPid: 7,
      cpuSeconds: 2,
    });
  });

  it('counts fields after the last parenthesis, so a command name with ") " cannot shift them', () => {
    expect(parseProcStat(statLine(9, 'evil) S 1 2 3', 3, 10, 0))).toMatchObject({
      parentPid: 3,
      cpuSeconds: 0.1,
    });
  });

  it('rejects a line that is not a stat line', () => {
    expect(parseProcStat('garbage')).toBeNull();
  });
});

describe('treeCpuSeconds', () => {
  it('sums a root and all its descendants, and nothing else', () => {
    const table = [
      { pid: 1, parentPid: 0, cpuSeconds: 100 },
      { pid: 10, parentPid: 1, cpuSeconds: 1 },
      { pid: 11, parentPid: 10, cpuSeconds: 2 },
      { pid: 12, parentPid: 11, cpuSeconds: 4 },
      { pid: 20, parentPid: 1, cpuSeconds: 8 },
    ];
    const result = treeCpuSeconds(
      table,
      new Map([
        ['postgres', 10],
        ['kafka', 20],
        ['gone', 99],
      ]),
    );
    expect(Object.fromEntries(result)).toEqual({ postgres: 7, kafka: 8, gone: 0 });
  });
});
