import { readFileSync } from 'node:fs';

/**
 * Seconds of CPU a process has used, or one of its threads (`thread`: its id; the process's id is
 * its main thread, the event loop): utime + stime of /proc/<pid>[/task/<thread>]/stat, in clock
 * ticks of 1/100 s. Linux only; 0 elsewhere.
 */
export function cpuSeconds(pid: number, thread?: number): number {
  try {
    // Fields after the command name (which ends with ")"): utime and stime are the 12th and 13th.
    const fields = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
