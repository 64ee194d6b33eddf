// What a fetched web page offers: its title, date and links, and which of those links lead (one hop, same
// site) to the threshold document or to its level pages. Pure; HTML is parsed as data with htmlparser2.
import { Parser } from 'htmlparser2';
import { formatFromUrl, type DocFormat } from './sniff.ts';

export interface PageLink {
  /** Absolute URL, fragment removed. */
  url: string;
  text: string;
  /** The link's title attribute, if any. */
  title: string;
}

export interface PageInfo {
  title: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) the page says it was updated or published, if it says. */
  date: string | null;
  links: PageLink[];
  /** Visible text (scripts and styles dropped), collapsed. */
  text: string;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function readPage(html: string, pageUrl: string): PageInfo {
  let title = '';
  let h1 = '';
  const links: PageLink[] = [];
  const text: string[] = [];
  let metaDate: string | null = null;
  let skipDepth = 0;
  let inTitle = false;
  let inH1 = false;
  let link: { href: string; title: string; text: string[] } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skipDepth++;
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
          if (/modified|dcterms\.date|article:published_time|^date$/.test(key) && attrs.content) metaDate ??= isoDay(attrs.content);
        }
        if (name === 'a' && attrs.href) link = { href: attrs.href, title: attrs.title ?? '', text: [] };
        if (name === 'img' && link && attrs.alt) link.text.push(attrs.alt);
      },
      ontext(t) {
        if (skipDepth) return;
        if (inTitle) title += t;
        if (inH1) h1 += t;
        link?.text.push(t);
        text.push(t);
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (name === 'a' && link) {
          const url = absolute(link.href, pageUrl);
          if (url) links.push({ url, text: squash(link.text.join(' ')), title: squash(link.title) });
          link = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const body = squash(text.join(' '));
  return { title: squash(title) || squash(h1), date: metaDate ?? textDate(body), links, text: body };
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function absolute(href: string, base: string): string | null {
  if (!URL.canParse(href, base)) return null;
  const u = new URL(href, base);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  return u.href;
}

function isoDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s.trim());
  return m ? (m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`) : null;
}

/** "Last updated: 12 March 2024" / "Published April 2023" on the page -> 2024-03-12 / 2023-04. */
function textDate(text: string): string | null {
  const m = /\b(?:last (?:updated|reviewed|modified)|updated|published|reviewed|date)\s*(?:on)?\s*:?\s*(\d{1,2}\s+)?([A-Za-z]+)\s+(\d{4})\b/i.exec(text);
  if (!m) return null;
  return monthDate(m[2], m[3], m[1]);
}

function monthDate(month: string, year: string, day?: string): string | null {
  const i = MONTHS.indexOf(month.toLowerCase());
  if (i < 0) return null;
  const mm = String(i + 1).padStart(2, '0');
  return day ? `${year}-${mm}-${String(Number(day)).padStart(2, '0')}` : `${year}-${mm}`;
}

/** A date written in a link's text, e.g. "Threshold document (April 2024)" -> 2024-04. */
export function linkDate(text: string): string | null {
  const m = /\b(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+(20\d\d)\b/i.exec(text);
  return m ? monthDate(m[2], m[3], m[1]) : null;
}

/** Same site: the same host once a leading "www." is dropped. */
export function sameSite(a: string, b: string): boolean {
  const host = (u: string) => new URL(u).hostname.toLowerCase().replace(/^www\./, '');
  return host(a) === host(b);
}

/** Words that say a link or a page is the threshold document, strongest first. */
const STRONG = /\bthresholds?\b|continuum of (need|support)|levels? of need|windscreen|right help,? right time|levels? of (intervention|support)|risk,? impact and need|effective support|framework for (action|intervention)/i;
const WEAK = /\bneeds? (matrix|framework|guidance)|multi[- ]agency (guidance|levels)|early help and (social care|safeguarding)|assessing (risk|need)/i;
/** Versions of a document that are not the document: an easy read, a poster, a leaflet, a consultation. */
const LESSER = /easy[- ]read|young people'?s? version|children'?s version|leaflet|poster|one[- ]page|summary|flow ?chart|consultation|briefing|presentation|slides|training|archive|previous|old version|draft|translation|\bwelsh\b|\burdu\b|\bpolish\b/i;
const DOC_HINT = /\((?:pdf|docx|word)\b|\[(?:pdf|docx|word)\b|\bpdf,?\s*\d/i;

export interface DocumentLink extends PageLink {
  format: DocFormat | null;
  score: number;
  /** "part 2" in the link text: one of several files of one document. */
  part: number | null;
}

function linkWords(l: PageLink): string {
  let name = '';
  try {
    name = decodeURIComponent(new URL(l.url).pathname.split('/').pop() ?? '').replace(/[-_+.]+/g, ' ');
  } catch {
    /* an undecodable name says nothing */
  }
  return `${l.text} ${l.title} ${name}`;
}

/** How strongly a link reads as the threshold document itself: 0 = not at all. */
export function documentScore(l: PageLink): number {
  const words = linkWords(l);
  let score = STRONG.test(words) ? 3 : WEAK.test(words) ? 1 : 0;
  if (!score) return 0;
  if (/\bthreshold/i.test(words) && /\bdocument|guidance|criteria|framework|levels?\b/i.test(words)) score += 1;
  if (LESSER.test(words)) score -= 2;
  return Math.max(0, score);
}

/**
 * The threshold document's link(s) on a page: same-site links to a PDF or DOCX (by extension, or a "(PDF)"
 * in their text) whose text, title or file name says threshold, continuum or levels of need, windscreen or
 * similar. The best one, PDF before DOCX; or every "part N" of it when the document is split in parts.
 */
export function documentLinks(page: PageInfo, pageUrl: string): DocumentLink[] {
  const seen = new Set<string>();
  const found: DocumentLink[] = [];
  for (const l of page.links) {
    if (seen.has(l.url) || l.url === pageUrl || !sameSite(l.url, pageUrl)) continue;
    const byName = formatFromUrl(l.url);
    const format = byName === 'pdf' || byName === 'docx' ? byName : DOC_HINT.test(l.text) ? (/docx|word/i.test(l.text) ? 'docx' : 'pdf') : null;
    if (!format && !/\/(download|file|media|documents?)\b/i.test(new URL(l.url).pathname)) continue;
    const score = documentScore(l);
    if (score <= 0) continue;
    seen.add(l.url);
    const part = /\bpart\s*(\d+)\b/i.exec(`${l.text} ${l.title}`);
    found.push({ ...l, format, score: score + (format === 'pdf' ? 0.5 : format === 'docx' ? 0.25 : 0), part: part ? Number(part[1]) : null });
  }
  if (!found.length) return [];
  found.sort((a, b) => b.score - a.score);
  const best = found[0];
  if (best.part !== null) {
    const parts = found.filter((l) => l.part !== null && l.format === best.format && l.score === best.score);
    const byPart = new Map<number, DocumentLink>();
    for (const l of parts) if (!byPart.has(l.part!)) byPart.set(l.part!, l);
    if (byPart.size > 1) return [...byPart.values()].sort((a, b) => a.part! - b.part!);
  }
  return found;
}

const LEVEL_WORD = /^(?:.{0,20}\b)?(?:level|tier|step)\s*(\d+[a-z]?|one|two|three|four|five|six)\b/i;
const LEVEL_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * Level pages: same-site links whose text names a level ("Level 2: Early help", "Tier 3"), at least two
 * distinct ones, in level order. The page's own address may be one of them (a menu shows the current page).
 */
export function levelLinks(page: PageInfo, pageUrl: string): PageLink[] {
  const byLevel = new Map<string, PageLink>();
  for (const l of page.links) {
    if (!sameSite(l.url, pageUrl)) continue;
    const m = LEVEL_WORD.exec(l.text);
    if (!m || l.text.length > 120) continue;
    const key = m[1].toLowerCase();
    const fmt = formatFromUrl(l.url);
    if (fmt === 'pdf' || fmt === 'docx') continue;
    if (!byLevel.has(key) && ![...byLevel.values()].some((x) => x.url === l.url)) byLevel.set(key, l);
  }
  if (byLevel.size < 2) return [];
  const order = (k: string) => LEVEL_NUMBER[k] ?? parseFloat(k) + (/[a-z]$/.test(k) ? (k.charCodeAt(k.length - 1) - 96) / 10 : 0);
  return [...byLevel.entries()].sort((a, b) => order(a[0]) - order(b[0])).map(([, l]) => l);
}

/** Whether a page itself reads as (a chapter of) the threshold document: a threshold word and at least two levels named. */
export function pageIsThresholdDocument(page: PageInfo): boolean {
  const levels = new Set([...page.text.matchAll(/\b(?:level|tier)\s*(\d|one|two|three|four|five)\b/gi)].map((m) => m[1].toLowerCase()));
  return (STRONG.test(page.title) || STRONG.test(page.text)) && (levels.size >= 2 || /universal|early help|targeted|specialist|statutory/i.test(page.text));
}
