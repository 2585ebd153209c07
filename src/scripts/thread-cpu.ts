import { readFileSync } from 'node:fs';

/** Linux counts a thread's CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds the main thread has used (user + system), from /proc/thread-self/stat; undefined where there
 * is no /proc (macOS, Windows). Why: process.cpuUsage counts every thread, and V8 compiles hot functions
 * with TurboFan on threads of its own, so the pipeline's CPU is the stages' work on the main thread plus
 * that compiling, which timing each stage on the main thread does not see. 10 ms resolution: for runs of seconds.
 * Example: mainThreadCpuSeconds() → 12.37
 */
export function mainThreadCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/thread-self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // The command name, in parentheses, may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
