import type { Command } from 'commander';

interface FetchFlags {
  all?: boolean;
  only?: string;
  out?: string;
  sources: string;
  timeout: string;
  maxBytes: string;
  baseUrl?: string;
  mapHost?: string[];
  contact?: string;
  delay: string;
  retries: string;
  concurrency: string;
  restart?: boolean;
  direct?: boolean;
  dryRun?: boolean;
}

export function registerFetch(program: Command): void {
  program
    .command('fetch')
    .description('fetch the threshold documents of the authorities in corpus/sources.json into corpus/national/ (and its manifest for atlas ingest)')
    .option('--all', 'every authority with a known address')
    .option('--only <authorities>', 'comma-separated ONS codes, ids or names')
    .option('--contact <email-or-url>', 'how site owners can reach you; sent in the User-Agent (or set ATLAS_CONTACT)')
    .option('--out <dir>', 'output folder (git-ignored)', undefined)
    .option('--sources <file>', 'list of addresses', 'corpus/sources.json')
    .option('--timeout <seconds>', 'per-request time limit, whole transfer', '30')
    .option('--max-bytes <size>', 'per-file size limit, e.g. 50MB', '50MB')
    .option('--delay <seconds>', 'minimum gap between requests to one host (at least 1)', '1')
    .option('--retries <n>', 'retries after a time-out, network error, HTTP 429 or 5xx (exponential backoff from 2 s)', '2')
    .option('--concurrency <n>', 'authorities fetched at once (one host is still asked one request at a time)', '4')
    .option('--restart', 'ignore the progress of an interrupted run and start again')
    .option('--base-url <url>', 'connect to this origin for every address (mirrors, tests)')
    .option('--map-host <host=origin...>', 'connect to origin for one host name, e.g. www.example.gov.uk=http://127.0.0.1:8080 (mirrors, tests)')
    .option('--direct', 'the older mode: download each listed address as it is into corpus/real/, no link following')
    .option('--dry-run', 'list what would be fetched, touch nothing (no network)')
    .action(async (flags: FetchFlags) => {
      const { parseSize } = await import('../../fetch/index.ts');
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
      const write = (line: string) => process.stdout.write(`${line}\n`);

      if (flags.direct) {
        const { runFetch } = await import('../../fetch/index.ts');
        const report = await runFetch({
          sourcesPath: flags.sources, outDir: flags.out ?? 'corpus/real', timeoutMs: seconds * 1000, maxBytes, only,
          baseUrl: flags.baseUrl, concurrency, dryRun: flags.dryRun, authorityByCode, log: write,
        });
        process.exitCode = report.exitCode;
        return;
      }

      if (!flags.all && !only) return fail('say which authorities: --all, or --only E08000025,kent,...');
      const contact = (flags.contact ?? process.env.ATLAS_CONTACT ?? '').trim();
      if (!contact && !flags.dryRun) return fail('--contact (or ATLAS_CONTACT) is required: an e-mail address or URL sent in the User-Agent so site owners can reach you');
      const delay = Number(flags.delay);
      if (!(delay >= 1)) return fail('--delay must be at least 1 second');
      const retries = Number(flags.retries);
      if (!Number.isInteger(retries) || retries < 0 || retries > 5) return fail('--retries must be 0 to 5');
      const map = new Map<string, URL>();
      for (const m of flags.mapHost ?? []) {
        for (const pair of m.split(',').filter(Boolean)) {
          const [host, origin] = pair.split('=');
          if (!host || !origin || !/^https?:\/\/[^/]/i.test(origin)) return fail(`--map-host: expected host=http://origin, not ${JSON.stringify(pair)}`);
          map.set(host.toLowerCase(), new URL(origin));
        }
      }
      const base = flags.baseUrl ? new URL(flags.baseUrl) : null;
      const connect = map.size || base
        ? (u: URL): URL => {
          const to = map.get(u.hostname.toLowerCase()) ?? base;
          return to ? new URL(`${to.origin}${to.pathname.replace(/\/$/, '')}${u.pathname}${u.search}`) : u;
        }
        : undefined;

      const { runNational } = await import('../../fetch/national.ts');
      const { createFetchProgress } = await import('../../fetch/progress.ts');
      const progress = createFetchProgress();
      const ctl = new AbortController();
      const onSignal = () => {
        if (ctl.signal.aborted) process.exit(130);
        progress.log('interrupting: finishing the authorities in flight (Ctrl-C again to quit now); run the same command again to resume');
        ctl.abort();
      };
      process.on('SIGINT', onSignal);
      try {
        const report = await runNational({
          sourcesPath: flags.sources,
          outDir: flags.out ?? 'corpus/national',
          only,
          contact,
          timeoutMs: seconds * 1000,
          maxBytes,
          delayMs: delay * 1000,
          retries,
          concurrency,
          connect,
          restart: flags.restart,
          dryRun: flags.dryRun,
          signal: ctl.signal,
          authorityByCode,
          log: (l) => progress.log(l),
          progress,
        });
        process.exitCode = report.exitCode;
      } finally {
        process.off('SIGINT', onSignal);
      }
    });
}
