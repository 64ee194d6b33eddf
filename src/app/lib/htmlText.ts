// Plain text of an HTML document for the evidence view, parsed as data with htmlparser2: nothing is executed,
// fetched or styled (a DOMParser document would still trip the page's CSP on inline styles).
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'div', 'br', 'tr', 'section', 'article', 'dd', 'dt', 'blockquote']);

export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  const p = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) out += '\n';
      },
      ontext(t) {
        if (!skipping) out += t;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  p.write(html);
  p.end();
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
