import { cellText, type ReportDoc } from './doc.ts';
import { escapeHtml } from './escape.ts';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:2rem auto;max-width:80rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:2px solid #1d4f91;padding-bottom:.2rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #b1b4b6;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f3f2f1}td.num{text-align:right;font-variant-numeric:tabular-nums}td.wide{min-width:16rem}
p.note{color:#505a5f;margin:.25rem 0}tr{break-inside:avoid}thead{display:table-header-group}
section{overflow-x:auto}table{font-size:13px}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none;font-size:9pt}table{font-size:8pt}section{overflow:visible}h2{break-after:avoid}}
`.trim();

/**
 * One self-contained printable HTML file: styles inline, no scripts, a CSP that forbids them anyway,
 * summary sections first then evidence. Every piece of text goes through escapeHtml.
 */
export function renderHtml(doc: ReportDoc): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    '<dl>',
    ...doc.meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`),
    '</dl>',
  ];
  const order = ['summary', 'differences', 'evidence'];
  const sections = [...doc.sections].sort((x, y) => order.indexOf(x.sheet) - order.indexOf(y.sheet));
  for (const s of sections) {
    out.push(`<section id="${escapeHtml(s.id)}">`, `<h2>${escapeHtml(s.title)}</h2>`);
    if (s.note) out.push(`<p class="note">${escapeHtml(s.note)}</p>`);
    if (s.rows.length === 0) {
      out.push('<p>None.</p>', '</section>');
      continue;
    }
    out.push('<table>', `<thead><tr>${s.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`, '<tbody>');
    for (const r of s.rows) {
      const cells = r.map((c, i) => {
        const cls = typeof c === 'number' ? ' class="num"' : s.wide?.includes(i) ? ' class="wide"' : '';
        return `<td${cls}>${escapeHtml(cellText(c))}</td>`;
      });
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    out.push('</tbody>', '</table>', '</section>');
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
