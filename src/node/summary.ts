import type { IngestResult } from './ingest.ts';
import { formatReviewSummary } from './corrections.ts';

/** The end-of-ingest summary: one line of totals, then one line per failure "<file>: <reason>". */
export function formatSummary(r: IngestResult, out: string): string {
  const pps = r.seconds > 0 ? r.pages / r.seconds : 0;
  const lines = [
    `ingest: ${r.ok} ok (${r.cached} from cache), ${r.failures.length} failed, ` +
      `${r.pages} pages in ${r.seconds.toFixed(1)} s (${pps.toFixed(0)} pages/s); index written to ${out}/index.json`,
  ];
  if (r.failures.length) {
    lines.push('failed:');
    for (const f of r.failures) lines.push(`${f.source}: ${f.reason}`);
  }
  return lines.join('\n') + '\n' + formatReviewSummary(r.reviews ?? []);
}
