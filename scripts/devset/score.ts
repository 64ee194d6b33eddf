// Scoring of the real dev set: per page, per authority (pages pooled), authority-weighted and pooled totals.
import type { Gold, Profile } from '../../src/model/index.ts';
import { DocumentError } from '../../src/model/index.ts';
import * as pipeline from '../../src/pipeline/index.ts';
import { evaluateDocument, normalise, type DocResult } from '../../src/eval/index.ts';
import { parseLevel } from '../../src/segment/index.ts';
import { tagMetrics } from '../../src/eval/tagging.ts';
import { tagIndicator } from '../../src/tag/index.ts';
import type { PackAuthority, PackPage } from './pack-format.ts';

export interface PageInput { pack: PackAuthority; page: PackPage; text: string; gold: Gold }

export interface Counts {
  gold: number; found: number; matched: number; bandsRight: number;
  tp: number; fp: number; fn: number; errors: number; internal: number;
  /** Levels found on the page, those that are levels of the labelled scheme, and those banded as labelled. */
  levelsFound: number; levelsKnown: number; levelsBandsRight: number;
}
export interface Figures { recall: number | null; precision: number | null; bandExact: number | null; topicF1: number | null; schemeBandExact: number | null }
/** weight: 1 / the number of stored versions of the page scored (versionOf), so versions count as one page. */
export interface PageScore extends Counts, Figures { slug: string; authority: string; id: string; url: string; weight: number; error: string | null; missed: string[]; extra: string[]; wrongBands: string[] }
export interface ModeReport { pages: PageScore[]; byAuthority: Record<string, Counts & Figures>; weighted: Figures; pooled: Counts & Figures }
export interface Report { per: ModeReport; series: ModeReport | null }

const ZERO: Counts = { gold: 0, found: 0, matched: 0, bandsRight: 0, tp: 0, fp: 0, fn: 0, errors: 0, internal: 0, levelsFound: 0, levelsKnown: 0, levelsBandsRight: 0 };
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function figures(c: Counts): Figures {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  const f1 = p === null || r === null ? (c.tp + c.fp + c.fn === 0 ? null : 0) : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { recall: ratio(c.matched, c.gold), precision: ratio(c.matched, c.found), bandExact: ratio(c.bandsRight, c.matched), topicF1: f1, schemeBandExact: ratio(c.levelsBandsRight, c.levelsKnown) };
}

function add(a: Counts, b: Counts, weight = 1): Counts {
  const out = { ...a };
  for (const k of Object.keys(ZERO) as (keyof Counts)[]) out[k] += b[k] * weight;
  return out;
}

/** A page as a web clipper would save it: YAML front matter with its address, then the text. */
export function pageFile(text: string, url: string, meta: boolean): Uint8Array {
  return new TextEncoder().encode(meta ? `---\nurl: ${url}\n---\n${text}` : text);
}

const INTERNAL = /(TypeError|RangeError|ReferenceError|Cannot read propert|is not a function|undefined|internal error)/;

/** The labelled level a found level stands for: same name as written, same number, or same name key. */
export function goldLevelOf(found: string, scheme: Gold['scheme']): Gold['scheme'][number] | undefined {
  const key = (s: string) => normalise(s).toLowerCase();
  const exact = scheme.find((g) => key(g.local) === key(found));
  if (exact) return exact;
  const pf = parseLevel(found, { heading: true });
  if (!pf) return undefined;
  return scheme.find((g) => {
    const pg = parseLevel(g.local, { heading: true });
    if (!pg) return false;
    if (pg.number !== null && pf.number !== null) return pg.number === pf.number && pg.sub === pf.sub;
    return !!pg.name && pg.name === pf.name;
  });
}

function schemeCounts(profile: Profile | null, gold: Gold): Pick<Counts, 'levelsFound' | 'levelsKnown' | 'levelsBandsRight'> {
  const levels = profile?.scheme ?? [];
  let known = 0;
  let right = 0;
  for (const l of levels) {
    const g = goldLevelOf(l.local, gold.scheme);
    if (!g) continue;
    known++;
    if (g.bands.join() === l.bands.join()) right++;
  }
  return { levelsFound: levels.length, levelsKnown: known, levelsBandsRight: right };
}

function countsOf(doc: DocResult, scheme: Pick<Counts, 'levelsFound' | 'levelsKnown' | 'levelsBandsRight'>): { counts: Counts; wrongBands: string[] } {
  const t = tagMetrics(doc.pairs);
  const wrongBands = doc.pairs.filter((p) => p.gold.bands.join() !== p.found.bands.join()).map((p) => `${p.found.level} -> ${p.found.bands.join('..')} (gold ${p.gold.bands.join('..')})`);
  const error = doc.status === 'error';
  return {
    counts: {
      gold: doc.gold, found: doc.found, matched: doc.matched, bandsRight: t.bands.exact,
      tp: t.topics.micro.tp, fp: t.topics.micro.fp, fn: t.topics.micro.fn,
      errors: error ? 1 : 0, internal: error && INTERNAL.test(doc.error ?? '') ? 1 : 0,
      ...scheme,
    },
    wrongBands,
  };
}

/** The authority's slug of a pack file's slug: "<slug>@<version>" is a document version of <slug>. */
export const authoritySlug = (slug: string) => slug.split('@')[0];

/** Topics as the tagger gives them without the rules learned from this authority alone (leave-one-authority-out). */
function leaveOut(profile: Profile, slug: string): Profile {
  return { ...profile, indicators: profile.indicators.map((i) => ({ ...i, topics: tagIndicator(i.text, { leaveOut: authoritySlug(slug), domain: i.domain }).topics })) };
}

async function run(fn: () => Promise<Profile>, slug: string): Promise<{ profile: Profile } | { error: string }> {
  try {
    return { profile: leaveOut(await fn(), slug) };
  } catch (err) {
    return { error: err instanceof DocumentError ? err.reason : err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err) };
  }
}

/** Rows per pack file (an authority's document version); the authority-weighted mean counts each authority once,
 * pooling its versions' counts. Each page's counts are weighted by its `weight` (stored versions count as one page). */
function summarise(pages: PageScore[], slugs: string[]): ModeReport {
  const byAuthority: ModeReport['byAuthority'] = {};
  const pooledBy = new Map<string, Counts>();
  for (const slug of slugs) {
    const own = pages.filter((p) => p.slug === slug);
    const c = own.reduce<Counts>((a, p) => add(a, p, p.weight), { ...ZERO });
    byAuthority[slug] = { ...c, ...figures(c) };
    const name = own[0]?.authority ?? slug;
    pooledBy.set(name, add(pooledBy.get(name) ?? { ...ZERO }, c));
  }
  const perAuthority = [...pooledBy.values()].map(figures);
  const mean = (k: keyof Figures) => {
    const v = perAuthority.map((a) => a[k]).filter((x): x is number => x !== null);
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : null;
  };
  const pooled = pages.reduce<Counts>((a, p) => add(a, p, p.weight), { ...ZERO });
  return {
    pages,
    byAuthority,
    weighted: { recall: mean('recall'), precision: mean('precision'), bandExact: mean('bandExact'), topicF1: mean('topicF1'), schemeBandExact: mean('schemeBandExact') },
    pooled: { ...pooled, ...figures(pooled) },
  };
}

function pageScore(input: { slug: string; authority: string; id: string; url: string; weight: number }, doc: DocResult, outcome: { profile: Profile } | { error: string }, gold: Gold): PageScore {
  const { counts, wrongBands } = countsOf(doc, schemeCounts('profile' in outcome ? outcome.profile : null, gold));
  return { ...input, ...counts, ...figures(counts), error: doc.error, missed: doc.missed, extra: doc.extra, wrongBands };
}

/** The page a page is a stored version of (itself when it is no version), among the pages being scored. */
function versionGroup(inputs: PageInput[]): (i: PageInput) => string {
  const present = new Set(inputs.map((i) => `${i.pack.slug}/${i.page.id}`));
  return (i) => `${i.pack.slug}/${i.page.versionOf && present.has(`${i.pack.slug}/${i.page.versionOf}`) ? i.page.versionOf : i.page.id}`;
}

/** Each (level, words) once, in order: white space and case do not make two indicators. */
export function oncePerLevel<T extends { level: string; text: string }>(indicators: T[]): T[] {
  const seen = new Set<string>();
  return indicators.filter((i) => {
    const k = `${i.level}\u0000${i.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function scorePack(inputs: PageInput[], opts: { meta: boolean }): Promise<Report> {
  const slugs = [...new Set(inputs.map((i) => i.pack.slug))];
  const group = versionGroup(inputs);
  const groupSize = new Map<string, number>();
  for (const i of inputs) groupSize.set(group(i), (groupSize.get(group(i)) ?? 0) + 1);
  const per: PageScore[] = [];
  for (const i of inputs) {
    const source = `${i.page.id}.md`;
    const version = i.pack.version ?? null;
    const outcome = await run(() => pipeline.analyse(pageFile(i.text, i.page.url, opts.meta), source, { authorityId: authoritySlug(i.pack.slug), authority: i.pack.authority, version }), i.pack.slug);
    const doc = evaluateDocument({ authorityId: i.pack.slug, authority: i.pack.authority, file: source }, i.gold, outcome);
    per.push(pageScore({ slug: i.pack.slug, authority: i.pack.authority, id: i.page.id, url: i.page.url, weight: 1 / groupSize.get(group(i))! }, doc, outcome, i.gold));
  }
  const analyseSeries = (pipeline as Record<string, unknown>).analyseSeries as
    | ((parts: { bytes: Uint8Array; source: string }[], meta: { authorityId: string; authority: string | null; version: string | null }) => Promise<Profile>)
    | undefined;
  let series: ModeReport | null = null;
  if (analyseSeries) {
    const pages: PageScore[] = [];
    for (const slug of slugs) {
      // one version of each page: the page the others are versions of
      const own = inputs.filter((i) => i.pack.slug === slug && group(i) === `${slug}/${i.page.id}`);
      const parts = own.map((i) => ({ bytes: pageFile(i.text, i.page.url, opts.meta), source: `${i.page.id}.md` }));
      const outcome = await run(() => analyseSeries(parts, { authorityId: authoritySlug(slug), authority: own[0].pack.authority, version: own[0].pack.version ?? null }), slug);
      // The same words at the same level on two pages of the series are one indicator of the document (as the PDF
      // layouts lay them out once, pdf-layouts.ts laidIndicators); each page's own labels are scored per page above.
      const gold: Gold = { ...own[0].gold, file: slug, indicators: oncePerLevel(own.flatMap((i) => i.gold.indicators)) };
      const doc = evaluateDocument({ authorityId: slug, authority: own[0].pack.authority, file: slug }, gold, outcome);
      pages.push(pageScore({ slug, authority: own[0].pack.authority, id: `${slug} (series of ${own.length})`, url: '', weight: 1 }, doc, outcome, gold));
    }
    series = summarise(pages, slugs);
  }
  return { per: summarise(per, slugs), series };
}

/** A whole document to analyse and score (eval:real --pdf: an authority's wording laid out as one PDF). */
export interface DocInput { slug: string; authority: string; id: string; bytes: Uint8Array; source: string; gold: Gold }

/** Scores each document as one `atlas extract` would read it; authorities pooled and weighted as for the pages. */
export async function scoreDocuments(docs: DocInput[]): Promise<ModeReport> {
  const slugs = [...new Set(docs.map((d) => d.slug))];
  const pages: PageScore[] = [];
  for (const d of docs) {
    const outcome = await run(() => pipeline.analyse(d.bytes, d.source, { authorityId: d.slug, authority: d.authority, version: null }), d.slug);
    const doc = evaluateDocument({ authorityId: d.slug, authority: d.authority, file: d.source }, d.gold, outcome);
    pages.push(pageScore({ slug: d.slug, authority: d.authority, id: d.id, url: '', weight: 1 }, doc, outcome, d.gold));
  }
  return summarise(pages, slugs);
}

const f = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));
/** Counts are weighted (versions of a page count as one page), so some are fractional. */
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export function formatMode(name: string, m: ModeReport, worst: number): string {
  const lines = [`## ${name}`, `authority            pages  gold found match recall  prec  bandEx topicF1 errors levels(known/found, banded right)`];
  for (const [slug, a] of Object.entries(m.byAuthority)) {
    const n = m.pages.filter((p) => p.slug === slug).reduce((s, p) => s + p.weight, 0);
    lines.push(`${slug.padEnd(20)} ${num(n).padStart(5)} ${num(a.gold).padStart(5)} ${num(a.found).padStart(5)} ${num(a.matched).padStart(5)}  ${f(a.recall)} ${f(a.precision)}  ${f(a.bandExact)}  ${f(a.topicF1)}  ${num(a.errors).padStart(3)}   ${num(a.levelsKnown)}/${num(a.levelsFound)}, ${num(a.levelsBandsRight)}`);
  }
  const w = m.weighted;
  const p = m.pooled;
  lines.push(`authority-weighted: recall ${f(w.recall)} precision ${f(w.precision)} band exact ${f(w.bandExact)} topic micro-F1 ${f(w.topicF1)} scheme-level band exact ${f(w.schemeBandExact)}`);
  const failed = m.pages.filter((s) => s.error).length;
  const internal = m.pages.filter((s) => s.internal > 0).length;
  lines.push(`pooled: recall ${f(p.recall)} (${num(p.matched)}/${num(p.gold)}) precision ${f(p.precision)} (${num(p.matched)}/${num(p.found)}) band exact ${f(p.bandExact)} topic micro-F1 ${f(p.topicF1)}; scheme levels ${num(p.levelsKnown)} of ${num(p.levelsFound)} found are labelled levels, ${num(p.levelsBandsRight)} banded as labelled (${f(p.schemeBandExact)}); failed ${failed} of ${m.pages.length} pages, internal errors ${internal}`);
  // Pages with no labelled indicator (covers, landing pages, introductions): finding none there is correct, not a
  // failure; finding some costs precision. Pages with labelled indicators where nothing was found are counted too.
  const unlabelled = m.pages.filter((s) => s.gold === 0 && !s.error);
  const none = unlabelled.filter((s) => s.found === 0).length;
  const nothing = m.pages.filter((s) => s.gold > 0 && s.found === 0 && !s.error).length;
  lines.push(`pages with no labelled indicator: ${unlabelled.length + m.pages.filter((s) => s.gold === 0 && s.error).length} (${none} found none: correct; ${unlabelled.length - none} found some: extra; ${m.pages.filter((s) => s.gold === 0 && s.error).length} failed); pages with labelled indicators where none was found: ${nothing}`);
  const key = (s: PageScore) => Math.min(s.recall ?? 1, s.precision ?? 1, s.bandExact ?? 1) - (s.error ? 1 : 0);
  const bad = [...m.pages].sort((a, b) => key(a) - key(b)).slice(0, worst);
  if (worst > 0) lines.push(`worst ${bad.length}:`);
  for (const s of bad) {
    lines.push(`- ${s.slug} ${s.id} recall ${f(s.recall)} precision ${f(s.precision)} bands ${f(s.bandExact)}${s.error ? ` ERROR ${s.error}` : ''} ${s.url}`);
    for (const t of s.missed.slice(0, 3)) lines.push(`    missed: ${t.slice(0, 90)}`);
    for (const t of s.extra.slice(0, 3)) lines.push(`    extra:  ${t.slice(0, 90)}`);
    for (const t of [...new Set(s.wrongBands)].slice(0, 2)) lines.push(`    bands:  ${t}`);
  }
  return lines.join('\n') + '\n';
}

export function formatReport(r: Report, worst: number): string {
  return formatMode('Per page (one extract per page)', r.per, worst) + '\n' +
    (r.series ? formatMode('As series (an authority\'s pages as one document)', r.series, worst) : '## As series\n(skipped: this build has no series support)\n');
}
