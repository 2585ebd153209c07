/**
 * A progress line on stderr for long runs: redrawn in place on a terminal, printed every few
 * seconds otherwise (so logs of CI and cron jobs show it too). Never touches stdout.
 * Example: const p = startProgress('ingest', 300); p.tick(1, '4 rejected'); p.done();
 */
export interface Progress {
  tick(done: number, note?: string): void;
  done(): void;
}

export function startProgress(label: string, total: number | undefined, enabled = true): Progress {
  const tty = Boolean(process.stderr.isTTY);
  const started = Date.now();
  let last = 0;
  let shown = false;
  const render = (done: number, note?: string) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const width = 24;
    const bar = total ? `[${'='.repeat(Math.min(width, Math.round((done / total) * width))).padEnd(width)}] ${done}/${total}` : `${done}`;
    return `${label} ${bar}  ${rate.toFixed(0)}/s${note ? '  ' + note : ''}`;
  };
  return {
    tick(done, note) {
      if (!enabled) return;
      const now = Date.now();
      if (tty) {
        if (now - last < 100 && done !== total) return;
        process.stderr.write(`\r${render(done, note)}\x1b[K`);
        shown = true;
      } else if (now - last >= 5000 || (done === total && shown)) {
        process.stderr.write(render(done, note) + '\n');
        shown = true;
      } else return;
      last = now;
    },
    done() {
      if (enabled && tty && shown) process.stderr.write('\n');
    },
  };
}
