import cliProgress from 'cli-progress';

export interface ProgressReporter {
  start(total: number): void;
  /** One document finished (from cache or analysed), with its page count. */
  tick(pages: number, failed: boolean): void;
  stop(): void;
}

export type ProgressMode = 'auto' | 'bar' | 'lines' | 'none';

/** A bar in a terminal; plain periodic lines when not a TTY (CI, pipes). */
export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr, intervalMs = 2000): ProgressReporter {
  const resolved = mode === 'auto' ? (stream.isTTY ? 'bar' : 'lines') : mode;
  if (resolved === 'none') return { start() {}, tick() {}, stop() {} };
  return resolved === 'bar' ? barReporter(stream) : lineReporter(stream, intervalMs);
}

function rate(pages: number, t0: number): number {
  const s = (performance.now() - t0) / 1000;
  return s > 0 ? pages / s : 0;
}

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingest {bar} {value}/{total} documents | {pps} pages/s | {failed} failed | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let t0 = 0;
  let pages = 0;
  let failed = 0;
  return {
    start(total) {
      t0 = performance.now();
      bar.start(total, 0, { pps: '0', failed: 0 });
    },
    tick(p, f) {
      pages += p;
      if (f) failed++;
      bar.increment(1, { pps: rate(pages, t0).toFixed(0), failed });
    },
    stop() {
      bar.stop();
    },
  };
}

function lineReporter(stream: NodeJS.WriteStream, intervalMs: number): ProgressReporter {
  let t0 = 0;
  let last = 0;
  let total = 0;
  let done = 0;
  let pages = 0;
  let failed = 0;
  const line = () => {
    const pps = rate(pages, t0);
    const elapsed = (performance.now() - t0) / 1000;
    const eta = done > 0 ? Math.round((elapsed / done) * (total - done)) : null;
    stream.write(
      `ingest: ${done}/${total} documents, ${pages} pages, ${pps.toFixed(0)} pages/s, ${failed} failed` +
        (eta === null ? '' : `, about ${eta} s left`) + '\n',
    );
  };
  return {
    start(n) {
      total = n;
      t0 = last = performance.now();
    },
    tick(p, f) {
      done++;
      pages += p;
      if (f) failed++;
      const now = performance.now();
      if (now - last >= intervalMs && done < total) {
        last = now;
        line();
      }
    },
    stop() {
      if (total > 0) line();
    },
  };
}
