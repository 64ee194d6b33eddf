// Child process for the kill-midway test: runs a real ingest() with the stand-in analyser.
//   tsx ingest-child.ts <corpus> <out> <cache>
import { ingest } from '../ingest.ts';

const [corpus, out, cacheDir] = process.argv.slice(2);
const r = await ingest({
  corpus,
  out,
  cacheDir,
  jobs: 2,
  progress: 'none',
  analyserUrl: new URL('./fake-analyser.ts', import.meta.url).href,
});
process.stdout.write(JSON.stringify({ ok: r.ok, cached: r.cached, analysed: r.analysed, failures: r.failures.length }) + '\n');
