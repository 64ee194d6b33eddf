// Loaded with `node --import` into the ingest process the benchmark runs: on exit, writes the
// process's peak resident set (KB; worker threads included, they share the process) to BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
