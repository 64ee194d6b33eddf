// HTML documents shipped as HTML: a procedures-manual site (one page per level, the level named only
// in the page's first heading) and a web page with screen and print copies of each list.
import { byLevelAndDomain, type DocModel } from '../build.ts';
import { caseHtml, esc, htmlDoc, intro, stepsHtml, ul } from './html-parts.ts';

const SITE_CSS = `body{font-family:sans-serif;margin:0} header,footer{background:#234;color:#fff;padding:8px}
nav a{color:#fff;margin-right:12px} .crumbs{font-size:90%;padding:6px 8px} .wrap{display:flex}
aside{width:220px;padding:8px;background:#eef} main{flex:1;padding:8px} article{border-bottom:2px solid #ccc;margin-bottom:24px}`;

export function manualHtml(m: DocModel): string {
  const { spec } = m;
  const grid = byLevelAndDomain(m);
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');
  const side = spec.levels.map((l) => `<li><a href="#${slug(l.local)}">${esc(l.local)}</a></li>`).join('');
  const pages = spec.levels.map((l, i) => {
    const items = [...grid.get(i)!.values()].flat();
    return `<article id="${slug(l.local)}">
<div class="crumbs"><a href="#home">Home</a> &gt; <a href="#levels">Levels of need</a> &gt; <span>This page</span></div>
<h1>${esc(l.local)}</h1>
<p>${esc(l.description)}</p>
<p>Children and young people at this level may be experiencing the following:</p>
${ul(items)}
${caseHtml(m, i)}
<p class="updated">Last reviewed: ${esc(spec.version)}. <a href="#top">Back to top</a></p>
</article>`;
  }).join('\n');
  const body = `<header id="top"><div class="site">${esc(spec.partnership)} - Online Procedures Manual</div>
<nav><a href="#home">Home</a><a href="#contents">Contents</a><a href="#levels">Levels of need</a><a href="#contact">Contact us</a><a href="#search">Search</a></nav></header>
<div class="crumbs"><a href="#home">Home</a> &gt; <a href="#levels">Levels of need</a></div>
<div class="wrap"><aside><h2>In this section</h2><ul>${side}</ul><h2>Related procedures</h2><ul><li><a href="#r1">Making a referral</a></li><li><a href="#r2">Resolving professional disagreements</a></li><li><a href="#r3">Information sharing</a></li></ul></aside>
<main><article id="levels"><h1>${esc(spec.title)}</h1>
${intro(m)}
<p>Use the pages in this section to decide which level best describes the child's needs. Each page lists examples of what practitioners may see.</p>
${stepsHtml(m)}</article>
${pages}
</main></div>
<footer id="contact"><p>&#169; ${esc(spec.partnership)}. Content is reviewed every two years. <a href="#accessibility">Accessibility</a> | <a href="#privacy">Privacy</a> | <a href="#cookies">Cookies</a></p></footer>`;
  return htmlDoc(`${spec.levels[0].local} | ${spec.title}`, SITE_CSS, body);
}

/** Accordion per level (details/summary) amid site furniture: cookie banner, feedback widget, related links. */
export function accordionHtml(m: DocModel): string {
  const { spec } = m;
  const grid = byLevelAndDomain(m);
  const panels = spec.levels.map((l, i) => {
    const doms = [...grid.get(i)!.entries()].map(([d, items]) => `<h3>${esc(d ?? '')}</h3>\n${ul(items)}`).join('\n');
    return `<details class="accordion"${i === 0 ? ' open' : ''}><summary><h2>${esc(l.local)}</h2></summary>
<div class="panel"><p>${esc(l.description)}</p>
${doms}
</div></details>`;
  }).join('\n');
  const body = `<div class="cookie-banner" role="region" aria-label="Cookie banner"><p>We use cookies to make this site work and to understand how you use it.</p><button>Accept all cookies</button> <button>Reject optional cookies</button></div>
<header><p class="logo">${esc(spec.partnership)}</p><form role="search"><label>Search this site <input type="search"></label></form></header>
<main><h1>${esc(spec.title)}</h1>
${intro(m)}
<p>Select a level to see what it means and examples of need at that level.</p>
${panels}
<section class="feedback"><h2>Was this page helpful?</h2><button>Yes</button> <button>No</button><p>Tell us how we can improve this page.</p></section>
<aside><h2>Related pages</h2><ul class="related"><li><a href="#a">Early help assessment form</a></li><li><a href="#b">Escalation policy</a></li><li><a href="#c">Training for practitioners</a></li></ul></aside></main>
<footer><p>${esc(spec.partnership)}. Page updated ${esc(spec.version)}.</p></footer>`;
  return htmlDoc(spec.title, 'body{font-family:sans-serif;max-width:56em;margin:auto} summary h2{display:inline}', body);
}

export function duplicatesHtml(m: DocModel): string {
  const { spec } = m;
  const grid = byLevelAndDomain(m);
  const glossary = (s: string) => s
    .replace('team around the family', '<abbr title="Team around the family: practitioners from several services meeting with the family to agree one plan">team around the family</abbr>')
    .replace('early help assessment', '<abbr title="Early help assessment: a shared assessment of needs and strengths, done with the family\'s consent">early help assessment</abbr>');
  const screen = spec.levels.map((l, i) => {
    const doms = [...grid.get(i)!.entries()].map(([d, items]) => `<h3>${esc(d ?? '')}</h3>${ul(items)}`).join('\n');
    return `<section class="level"><h2>${esc(l.local)}</h2><p>${glossary(esc(l.description))}</p>\n${doms}</section>`;
  }).join('\n');
  const printRows = spec.levels.flatMap((l, i) => [...grid.get(i)!.entries()].map(([d, items]) =>
    `<tr><td>${esc(l.local)}</td><td>${esc(d ?? '')}</td><td>${items.map((it) => esc(it.text)).join('<br>')}</td></tr>`)).join('\n');
  const css = `body{font-family:sans-serif;max-width:60em;margin:auto} .print-only{display:none}
@media print { .screen-only{display:none} .print-only{display:block} }`;
  const body = `<header class="screen-only"><a href="#main">Skip to content</a> <span>${esc(spec.partnership)}</span></header>
<main id="main"><h1>${esc(spec.title)}</h1>
${intro(m)}
<div class="screen-only">
${screen}
</div>
<div class="print-only" aria-hidden="true"><h2>Printable summary</h2>
<table><thead><tr><th>Level</th><th>Area</th><th>Indicators</th></tr></thead><tbody>
${printRows}
</tbody></table></div></main>
<footer><p>Page last updated ${esc(spec.version)}.</p></footer>`;
  return htmlDoc(spec.title, css, body);
}
