// HTML for every layout that Chromium prints to a tagged PDF.
import { byLevelAndDomain, domainsOf, STRENGTHS, type DocModel } from '../build.ts';
import { caseHtml, esc, htmlDoc, intro, overviewTable, pageCss, PRINT_CSS, stepsHtml, ul } from './html-parts.ts';

const head = (m: DocModel) => `${m.spec.partnership} - ${m.spec.title}`;

/** Portrait or landscape matrix: rows = domains, columns = levels, bullet lists in cells. */
export function matrixHtml(m: DocModel, landscape: boolean): string {
  const grid = byLevelAndDomain(m);
  const cols = m.spec.levels.map((l) => `<th scope="col">${esc(l.local)}</th>`).join('');
  const rows = domainsOf(m).map((d) => {
    const cells = m.spec.levels.map((_, i) => `<td>${ul(grid.get(i)!.get(d) ?? [])}</td>`).join('');
    return `<tr><th scope="row">${esc(d ?? '')}</th>${cells}</tr>`;
  }).join('\n');
  const css = PRINT_CSS + pageCss(head(m), landscape) +
    (landscape ? 'table.matrix { font-size: 9pt; } table.matrix th[scope=row] { width: 11%; }' : 'table.matrix { font-size: 8.5pt; }') +
    ' table.matrix thead { display: table-header-group; } table.matrix tr { break-inside: auto; }';
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}\n${stepsHtml(m)}\n${overviewTable(m)}
<h2>Indicators of need</h2>
<table class="matrix"><thead><tr><th scope="col">Domain</th>${cols}</tr></thead><tbody>
${rows}
</tbody></table>`;
  return htmlDoc(m.spec.title, css, body);
}

/** Levels as rows, themes as columns (some documents turn the matrix round). */
export function transposedMatrixHtml(m: DocModel): string {
  const grid = byLevelAndDomain(m);
  const doms = domainsOf(m);
  const cols = doms.map((d) => `<th scope="col">${esc(d ?? '')}</th>`).join('');
  const rows = m.spec.levels.map((l, i) =>
    `<tr><th scope="row">${esc(l.local)}</th>${doms.map((d) => `<td>${ul(grid.get(i)!.get(d) ?? [])}</td>`).join('')}</tr>`).join('\n');
  const css = PRINT_CSS + pageCss(head(m), true) + ' table.matrix { font-size: 8pt; } table.matrix thead { display: table-header-group; }';
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}\n${overviewTable(m, 'What the levels mean')}
<table class="matrix"><thead><tr><th scope="col">Level</th>${cols}</tr></thead><tbody>
${rows}
</tbody></table>`;
  return htmlDoc(m.spec.title, css, body);
}

/** A "ready reckoner": one row per indicator with its level in the second column, theme rows spanning both. */
export function readyReckonerHtml(m: DocModel): string {
  const rows = domainsOf(m).map((d) => {
    const items = m.items.filter((it) => it.domain === d).sort((a, b) => a.level - b.level);
    return `<tr class="theme"><th colspan="2" scope="colgroup">${esc(d ?? '')}</th></tr>\n` +
      items.map((it) => `<tr><td>${esc(it.text)}</td><td>${esc(m.spec.levels[it.level].local)}</td></tr>`).join('\n');
  }).join('\n');
  const css = PRINT_CSS + pageCss(head(m)) + ' tr.theme th { background: #eee; } table.rr td:last-child { width: 18%; }';
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}\n${overviewTable(m)}
<table class="rr"><thead><tr><th scope="col">Situation</th><th scope="col">Usual level</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  return htmlDoc(m.spec.title, css, body);
}

/** A heading per level, its description, then domain sub-headings with bullet lists. */
export function perLevelHtml(m: DocModel, twoColumn = false): string {
  const grid = byLevelAndDomain(m);
  const sections = m.spec.levels.map((l, i) => {
    const doms = [...grid.get(i)!.entries()].map(([d, items]) =>
      (d ? `<h3>${esc(d)}</h3>` : '') + ul(items)).join('\n');
    return `<section><h2>${esc(l.local)}</h2><p>${esc(l.description)}</p>\n${doms}\n${caseHtml(m, i)}</section>`;
  }).join('\n');
  const css = PRINT_CSS + pageCss(head(m)) +
    (twoColumn ? '.cols { column-count: 2; column-gap: 10mm; } .cols h2 { break-after: avoid; } .cols h3 { break-after: avoid; }' : '');
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}\n${stepsHtml(m)}\n` +
    (twoColumn ? `<div class="cols">\n${sections}\n</div>` : `${overviewTable(m)}\n${sections}`);
  return htmlDoc(m.spec.title, css, body);
}

/** The per-level document followed by an appendix table that repeats every indicator by level. */
export function perLevelGlanceHtml(m: DocModel): string {
  const grid = byLevelAndDomain(m);
  const rows = m.spec.levels.map((l, i) =>
    `<tr><th scope="row">${esc(l.local)}</th><td>${ul([...grid.get(i)!.values()].flat())}</td></tr>`).join('\n');
  const appendix = `<section class="glance"><h2>Appendix: at a glance</h2><p>A one-page summary of the indicators above, for printing.</p>
<table><thead><tr><th scope="col">Tier</th><th scope="col">Indicators</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  return perLevelHtml(m).replace('</body>', `${appendix}\n</body>`).replace('</style>', ' section.glance { break-before: page; font-size: 8pt; }</style>');
}

/** A heading per topic, then a sub-heading per level with its list. */
export function perTopicHtml(m: DocModel): string {
  const grid = byLevelAndDomain(m);
  const sections = domainsOf(m).map((d) => {
    const lists = m.spec.levels.map((l, i) => {
      const items = grid.get(i)!.get(d);
      return items ? `<h3>${esc(l.local)}</h3>${ul(items)}` : '';
    }).join('\n');
    return `<section><h2>${esc(d ?? '')}</h2>\n${lists}</section>`;
  }).join('\n');
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}\n${overviewTable(m, 'Levels of help')}\n${sections}`;
  return htmlDoc(m.spec.title, PRINT_CSS + pageCss(head(m)), body);
}

/** A "windscreen" continuum drawn with boxes whose labels are text; the sections later name levels by number only. */
export function windscreenHtml(m: DocModel): string {
  const grid = byLevelAndDomain(m);
  const names = ['Universal', 'Universal Plus', 'Complex', 'Acute'];
  const colours = ['#cfe8cf', '#fff2b3', '#ffd3a6', '#f6b3b3'];
  const panes = m.spec.levels.map((l, i) =>
    `<div class="pane" style="background:${colours[i]}"><div class="num">${i + 1}</div><div class="name">${esc(names[i])}</div><div class="what">${esc(l.description.replace(/^[^:]+:\s*/, ''))}</div></div>`).join('');
  const sections = m.spec.levels.map((l, i) => {
    const doms = [...grid.get(i)!.entries()].map(([d, items]) => `<h3>${esc(d ?? '')}</h3>${ul(items)}`).join('\n');
    const lead = i === 0
      ? 'Most children are at Level 1 most of the time.'
      : `Consider Level ${i + 1} when needs remain unmet despite intervention at Level ${i}.`;
    return `<section><h2>${esc(l.local)}</h2><p>${lead}</p>\n${doms}</section>`;
  }).join('\n');
  const css = PRINT_CSS + pageCss(head(m)) + `
.windscreen { display: flex; gap: 0; margin: 10mm 0 4mm; border-radius: 45mm 45mm 6mm 6mm / 30mm 30mm 6mm 6mm; overflow: hidden; border: 1pt solid #333; }
.pane { flex: 1; padding: 14mm 3mm 5mm; text-align: center; min-height: 48mm; } .pane:first-child { padding-left: 9mm; } .pane:last-child { padding-right: 9mm; }
.pane .num { font-size: 22pt; font-weight: bold; } .pane .name { font-weight: bold; margin: 2mm 0; } .pane .what { font-size: 8.5pt; }
.arrow { text-align: center; font-size: 9pt; margin-bottom: 8mm; } section { break-before: page; }`;
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}
<div class="windscreen" role="img" aria-label="Windscreen of need">${panes}</div>
<p class="arrow">Increasing need &#8594; (help is offered at the lowest level that meets the child's needs)</p>\n${sections}`;
  return htmlDoc(m.spec.title, css, body);
}

/** Per level: a table of areas with Strengths (not indicators) and Needs side by side; child's first-person voice. */
export function strengthsNeedsHtml(m: DocModel): string {
  const grid = byLevelAndDomain(m);
  const sections = m.spec.levels.map((l, i) => {
    const rows = [...grid.get(i)!.entries()].map(([d, items]) => {
      const cat = items[0].category;
      const strengths = STRENGTHS[cat].slice(0, 1 + (i % 2)).map((s) => `<li>${esc(s)}</li>`).join('');
      return `<tr><th scope="row">${esc(d ?? '')}</th><td><ul>${strengths}</ul></td><td>${ul(items)}</td></tr>`;
    }).join('\n');
    return `<section><h2>${esc(l.local)}</h2><p>${esc(l.description)}</p>
<table class="sn"><thead><tr><th scope="col">Area</th><th scope="col">Strengths</th><th scope="col">Needs</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  }).join('\n');
  const css = PRINT_CSS + pageCss(head(m)) + ' table.sn th[scope=row] { width: 22%; } table.sn td { width: 39%; }';
  const body = `<h1>${esc(m.spec.title)}</h1>\n${intro(m)}\n${sections}`;
  return htmlDoc(m.spec.title, css, body);
}
