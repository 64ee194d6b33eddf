// Where an ingest's time goes, in one thread: runs the pipeline's analyse() on each document of a corpus folder
// (default the bench's PDFs) in this process, so `node --cpu-prof` sees all of it, then (with --summary FILE.cpuprofile)
// sums a CPU profile's self time by stage: pdf.js, the PDF extractor's own code, segment, bands, tag, series...
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-analyse.ts [dir] [--limit N]
//   npx tsx scripts/bench/profile-analyse.ts --summary /tmp/prof/CPU.*.cpuprofile [--top 30]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

function stageOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  if (url.includes('pdfjs-dist')) return 'pdf.js';
  const m = /\/src\/([^/]+)(?:\/([^/]+))?\//.exec(url);
  if (m) return m[1] === 'extract' && m[2] ? `extract/${m[2]}` : m[1];
  if (url.includes('node_modules/')) return `pkg:${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)![1]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return 'other';
}

function summary(file: string, top: number): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const stages = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    total += us;
    const s = stageOf(n.callFrame.url);
    stages.set(s, (stages.get(s) ?? 0) + us);
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const pct = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  console.log(`self time (idle excluded): ${(total / 1e6).toFixed(2)} s`);
  for (const [s, us] of [...stages].sort((a, b) => b[1] - a[1])) console.log(`${pct(us)}  ${s}`);
  console.log(`\ntop ${top} functions by self time:`);
  for (const [f, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${f}`);
}

const summaryFile = opt('--summary');
if (summaryFile) {
  summary(summaryFile, Number(opt('--top') ?? 30));
} else {
  // as the ingest's analysis workers do (src/node/worker-pipeline.ts)
  if (!process.env.PERF_OFF?.includes('inflate')) (await import('../../src/node/sync-inflate.ts')).installSyncInflate();
  if (!process.env.PERF_OFF?.includes('port')) await (await import('../../src/node/pdf-port.ts')).installClonePort();
  const { analyse } = await import('../../src/pipeline/index.ts');
  const dir = args.find((a) => !a.startsWith('--') && a !== opt('--limit') && a !== opt('--repeat')) ?? 'bench/corpus/pdf-only/set';
  const files = readdirSync(dir).filter((f) => /\.(pdf|docx|html?|txt|md)$/.test(f)).sort().slice(0, Number(opt('--limit') ?? 1e9));
  // --repeat N: N passes over the files in one process (the later passes show the cost without start-up)
  for (let pass = 1; pass <= Number(opt('--repeat') ?? 1); pass++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let pages = 0;
    let indicators = 0;
    for (const f of files) {
      try {
        const p = await analyse(new Uint8Array(readFileSync(join(dir, f))), f, { authorityId: f, authority: null, version: null });
        pages += p.pages;
        indicators += p.indicators.length;
      } catch (e) {
        console.error(`${f}: ${(e as Error).message}`);
      }
    }
    const cpu = process.cpuUsage(c0);
    console.log(`pass ${pass}: ${files.length} documents, ${pages} pages, ${indicators} indicators: wall ${((performance.now() - t0) / 1000).toFixed(2)} s, cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  }
}
