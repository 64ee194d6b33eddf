// Progress for `atlas fetch --all`: a bar on a terminal's stderr (redrawn under each log line), nothing
// extra in a pipe or CI, where the one line per authority already shows progress.
export interface FetchProgress {
  start(total: number, done: number): void;
  tick(label: string): void;
  stop(): void;
  /** Write a log line to `out` without tearing the bar. */
  log(line: string): void;
}

export function createFetchProgress(out: NodeJS.WriteStream = process.stdout, err: NodeJS.WriteStream = process.stderr, bar = !!err.isTTY): FetchProgress {
  let total = 0;
  let done = 0;
  /** Done in this run (not resumed): what the time left is estimated from. */
  let fresh = 0;
  let last = '';
  let t0 = 0;
  let shown = false;
  const draw = () => {
    if (!bar || !total) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const secs = (performance.now() - t0) / 1000;
    const eta = fresh > 0 ? Math.round((secs / fresh) * (total - done)) : null;
    const text = `fetch [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} authorities${eta !== null ? ` | about ${eta >= 60 ? `${Math.round(eta / 60)} min` : `${eta} s`} left` : ''}${last ? ` | ${last}` : ''}`;
    err.write(`\r\x1b[K${text.slice(0, Math.max(20, (err.columns ?? 120) - 1))}`);
    shown = true;
  };
  const clear = () => {
    if (shown) err.write('\r\x1b[K');
    shown = false;
  };
  return {
    start(t, d) {
      total = t;
      done = d;
      fresh = 0;
      t0 = performance.now();
      draw();
    },
    tick(label) {
      done++;
      fresh++;
      last = label;
      draw();
    },
    stop() {
      clear();
      total = 0;
    },
    log(line) {
      clear();
      out.write(`${line}\n`);
      draw();
    },
  };
}
