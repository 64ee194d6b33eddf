import type { Command } from 'commander';

interface FetchFlags {
  only?: string;
  out: string;
  sources: string;
  timeout: string;
  maxBytes: string;
  baseUrl?: string;
  concurrency: string;
  dryRun?: boolean;
}

export function registerFetch(program: Command): void {
  program
    .command('fetch')
    .description('download the threshold documents listed in corpus/sources.json into corpus/real/ (and its manifest)')
    .option('--only <authorities>', 'comma-separated ONS codes, ids or names (default: every listed document)')
    .option('--out <dir>', 'output folder (git-ignored)', 'corpus/real')
    .option('--sources <file>', 'list of document URLs', 'corpus/sources.json')
    .option('--timeout <seconds>', 'per-document time limit, whole transfer', '30')
    .option('--max-bytes <size>', 'per-document size limit, e.g. 50MB', '50MB')
    .option('--base-url <url>', 'fetch every listed path from this origin instead (mirrors, tests)')
    .option('--concurrency <n>', 'documents downloaded at once', '4')
    .option('--dry-run', 'list what would be fetched, touch nothing')
    .action(async (flags: FetchFlags) => {
      const { runFetch, parseSize } = await import('../../fetch/index.ts');
      const { authorityByCode, findAuthority } = await import('../../authorities/index.ts');
      const fail = (msg: string) => {
        process.stderr.write(`atlas fetch: ${msg}\n`);
        process.exitCode = 2;
      };
      const seconds = Number(flags.timeout);
      if (!(seconds > 0)) return fail(`--timeout must be a positive number of seconds, not ${JSON.stringify(flags.timeout)}`);
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) return fail('--concurrency must be 1 to 16');
      let maxBytes: number;
      try {
        maxBytes = parseSize(flags.maxBytes);
      } catch (err) {
        return fail(`--max-bytes: ${(err as Error).message}`);
      }
      if (flags.baseUrl && !/^https?:\/\/[^/]/i.test(flags.baseUrl)) return fail('--base-url must be an http(s) URL');
      let only: string[] | undefined;
      if (flags.only) {
        only = [];
        for (const key of flags.only.split(',').map((s) => s.trim()).filter(Boolean)) {
          const a = findAuthority(key);
          if (!a) return fail(`--only: no English authority ${JSON.stringify(key)} (use an ONS code, id or name)`);
          only.push(a.onsCode);
        }
      }
      const report = await runFetch({
        sourcesPath: flags.sources,
        outDir: flags.out,
        timeoutMs: seconds * 1000,
        maxBytes,
        only,
        baseUrl: flags.baseUrl,
        concurrency,
        dryRun: flags.dryRun,
        authorityByCode,
        log: (line) => process.stdout.write(`${line}\n`),
      });
      process.exitCode = report.exitCode;
    });
}
