import type { Command } from 'commander';

function positive(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse every document in corpus/*/manifest.json into the app data folder (cached, in worker threads)')
    .option('--corpus <dir>', 'corpus folder holding <set>/manifest.json', 'corpus')
    .option('--out <dir>', 'output folder for index.json, profiles/ and docs/ (default public/data; public/data/national for corpus/national)')
    .option('--only <ids>', 'comma-separated authority or document ids; others keep their previous entries')
    .option('--jobs <n>', 'worker threads (default: available cores)', positive('jobs'))
    .option('--cache <dir>', 'content-hash cache folder', '.cache/ingest')
    .option('--timeout <seconds>', 'time limit per document', positive('timeout'))
    .option('--max-pages <n>', 'page limit per document', positive('max-pages'))
    .option('--max-mb <n>', 'file size limit (MB)', positive('max-mb'))
    .option('--heap-mb <n>', 'heap limit per worker (MB)', positive('heap-mb'))
    .option('--progress <mode>', 'auto | bar | lines | none', 'auto')
    .option('--strict', 'exit non-zero when any document fails')
    .option('--log <file>', 'write one JSON line per document (source, ok, cached, pages, ms, reason)')
    .action(async (o: {
      corpus: string; out?: string; only?: string; jobs?: number; cache: string; timeout?: number;
      maxPages?: number; maxMb?: number; heapMb?: number; progress: string; strict?: boolean; log?: string;
    }) => {
      const { ingest } = await import('../../node/ingest.ts');
      const { basename, resolve } = await import('node:path');
      o.out ??= basename(resolve(o.corpus)) === 'national' ? 'public/data/national' : 'public/data';
      const { formatSummary } = await import('../../node/summary.ts');
      const limits = {
        ...(o.timeout ? { timeoutSeconds: o.timeout } : {}),
        ...(o.maxPages ? { maxPages: Math.floor(o.maxPages) } : {}),
        ...(o.maxMb ? { maxFileMb: o.maxMb } : {}),
        ...(o.heapMb ? { heapMb: Math.floor(o.heapMb) } : {}),
      };
      const progress = ['auto', 'bar', 'lines', 'none'].includes(o.progress) ? (o.progress as 'auto') : 'auto';
      const { appendFileSync, writeFileSync } = await import('node:fs');
      if (o.log) writeFileSync(o.log, '');
      const result = await ingest({
        onDocument: o.log ? (d) => appendFileSync(o.log!, JSON.stringify(d) + '\n') : undefined,
        corpus: o.corpus,
        out: o.out,
        cacheDir: o.cache,
        only: o.only?.split(',').map((s) => s.trim()).filter(Boolean),
        jobs: o.jobs ? Math.floor(o.jobs) : undefined,
        limits,
        progress,
      });
      process.stdout.write(formatSummary(result, o.out));
      if (o.strict && result.failures.length) process.exitCode = 1;
    });
}
