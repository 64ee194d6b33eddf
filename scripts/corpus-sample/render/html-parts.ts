// Small HTML building blocks shared by the HTML-based layouts (printed by Chromium or shipped as HTML).
import type { DocItem, DocModel } from '../build.ts';
import { CASE_EXAMPLES, REFERRAL_STEPS } from '../content/prose.ts';

export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const ul = (items: DocItem[], cls = '') =>
  `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${esc(i.text)}</li>`).join('')}</ul>`;

export const intro = (m: DocModel) => m.spec.intro.map((p) => `<p>${esc(p)}</p>`).join('\n');

/** "How to get help" steps as a bulleted list: prose, not indicators. */
export const stepsHtml = (m: DocModel) => m.spec.steps
  ? `<h2>How to get help</h2><ul class="steps">${REFERRAL_STEPS.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`
  : '';

/** A case example closing a level's section: prose, not indicators. */
export const caseHtml = (m: DocModel, level: number) => m.spec.cases
  ? `<p class="case">${esc(CASE_EXAMPLES[m.spec.levels[level].bands[0]])}</p>`
  : '';

export function overviewTable(m: DocModel, caption = 'The levels of need'): string {
  const rows = m.spec.levels
    .map((l) => `<tr><th scope="row">${esc(l.local)}</th><td>${esc(l.description)}</td></tr>`)
    .join('');
  return `<table class="overview"><caption>${esc(caption)}</caption><thead><tr><th>Level</th><th>What it means</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export const PRINT_CSS = `
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
h1 { font-size: 20pt; margin: 0 0 8pt; } h2 { font-size: 14pt; margin: 14pt 0 6pt; } h3 { font-size: 11pt; margin: 10pt 0 4pt; }
table { border-collapse: collapse; width: 100%; } th, td { border: 0.75pt solid #555; padding: 4pt; vertical-align: top; text-align: left; }
thead th { background: #dde6f0; } caption { font-weight: bold; text-align: left; margin-bottom: 4pt; }
ul { margin: 0; padding-left: 14pt; } li { margin-bottom: 2pt; }
table.overview { margin-bottom: 12pt; }
p.case { border: 0.75pt solid #888; background: #f4f4f4; padding: 5pt; font-style: italic; }
`;

export function pageCss(runningHead: string, landscape = false): string {
  return `@page { size: A4${landscape ? ' landscape' : ''}; margin: 22mm 16mm 20mm 16mm;
  @top-center { content: "${runningHead.replace(/"/g, '')}"; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }`;
}

export function htmlDoc(title: string, css: string, body: string, lang = 'en-GB'): string {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head>\n<body>\n${body}\n</body></html>\n`;
}
