import type { DocResult, Totals } from './metrics.ts';

const pct = (x: number | null) => (x === null ? '   -  ' : x.toFixed(3).padStart(6));

/** Plain-text table: one line per document, then the two totals. */
export function formatEval(results: DocResult[], t: Totals, detail = 3): string {
  const lines: string[] = [];
  const name = (r: DocResult) => r.file.padEnd(34).slice(0, 34);
  lines.push(`${'document'.padEnd(34)} ${'layout'.padEnd(22)} gold found match recall  prec   level  scheme`);
  for (const r of results) {
    const layout = (r.layout ?? '').padEnd(22).slice(0, 22);
    if (r.status === 'expected-error' || r.status === 'error') {
      lines.push(`${name(r)} ${layout} ${r.status === 'expected-error' ? 'PASS expected error' : 'FAIL error'}: ${r.error}`);
      continue;
    }
    if (r.status === 'unexpected-success') {
      lines.push(`${name(r)} ${layout} FAIL expected an error but extraction succeeded (${r.found} indicators)`);
      continue;
    }
    lines.push(
      `${name(r)} ${layout} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${String(r.matched).padStart(5)} ${pct(r.recall)} ${pct(r.precision)} ${pct(r.levelAccuracy)}  ${r.schemeFound}/${r.schemeGold}`,
    );
    for (const m of r.missed.slice(0, detail)) lines.push(`    missed: ${m}`);
    for (const m of r.extra.slice(0, detail)) lines.push(`    extra:  ${m}`);
    for (const m of r.wrongLevel.slice(0, detail)) lines.push(`    level:  "${m.text}" gold ${m.gold} / found ${m.found}`);
  }
  lines.push('');
  lines.push(`documents ${t.documents}, authorities scored ${t.authorities}; expected errors ${t.expectedErrorsPassed}/${t.expectedErrors} passed; unexpected errors ${t.unexpectedErrors}`);
  lines.push(`by authority (each counts equally): recall ${pct(t.byAuthority.recall).trim()}  precision ${pct(t.byAuthority.precision).trim()}  level accuracy ${pct(t.byAuthority.levelAccuracy).trim()}`);
  const m = t.micro;
  lines.push(`pooled (micro): recall ${pct(m.recall).trim()} (${m.matched}/${m.gold}, ${m.exact} exact)  precision ${pct(m.precision).trim()} (${m.matched}/${m.found})  level accuracy ${pct(m.levelAccuracy).trim()} (${m.levelCorrect}/${m.matched})`);
  lines.push('match rule: exact after whitespace/quote/dash normalisation, or near (case-insensitive Levenshtein similarity >= 0.9, or containment with length ratio >= 0.9), one-to-one greedy');
  return `${lines.join('\n')}\n`;
}
