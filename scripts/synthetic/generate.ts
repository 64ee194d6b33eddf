// Deterministic synthetic corpus: N authorities x ~400 indicators as Profiles (pure; main.ts writes files).
import { BANDS, type BandId, type HexPosition, type Indicator, type Profile, type SchemeLevel } from '../../src/model/index.ts';
import { OPENERS, PATTERNS, SCHEMES, SUBJECTS } from './vocab.ts';
import { mulberry32 as prng } from '../lib/prng.ts';

export interface SyntheticAuthority {
  id: string;
  name: string;
  onsCode: string | null;
  hex: HexPosition | null;
}

interface Situation { topic: string; subject: string; pattern: number; key: number }

function situations(): Situation[] {
  const out: Situation[] = [];
  for (const [topic, subjects] of Object.entries(SUBJECTS)) {
    for (const subject of subjects) PATTERNS.forEach((_, pattern) => out.push({ topic, subject, pattern, key: out.length }));
  }
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Band variation: each authority has a general strictness (-1..+1 bands, mostly 0), a smooth
 * geographic bias per topic (so neighbours tend to agree, with borders where they do not), and
 * per-situation noise. Clamped to the five bands.
 */
export function generateProfile(a: SyntheticAuthority, index: number, seed: number, perAuthority = 400): Profile {
  const rnd = prng(seed * 7919 + index * 104729 + 1);
  const pool = situations();
  const schemeTotal = SCHEMES.reduce((s, x) => s + x.weight, 0);
  let pick = rnd() * schemeTotal;
  const family = SCHEMES.find((x) => (pick -= x.weight) < 0) ?? SCHEMES[0];
  const scheme: SchemeLevel[] = family.levels.map(([local, bands], i) => ({
    local, order: i + 1, bands: bands.map((b) => BANDS[b]) as BandId[], evidence: `synthetic scheme, order ${i + 1} of ${family.levels.length}`,
    evidencePhrases: [], confidence: 'medium',
  }));
  const levelFor = (band: number) => scheme.find((l) => l.bands.includes(BANDS[band]))!;
  const strict = rnd() < 0.2 ? (rnd() < 0.5 ? -1 : 1) : 0;
  const hx = a.hex?.q ?? index % 17;
  const hy = a.hex?.r ?? Math.floor(index / 17);

  // choose perAuthority situations out of the pool (~570), keeping topic coverage broad
  const order = pool.map((s) => ({ s, k: rnd() })).sort((x, y) => x.k - y.k).slice(0, perAuthority).map((x) => x.s);
  order.sort((x, y) => x.key - y.key);
  const id = a.id;
  const indicators: Indicator[] = order.map((s, i) => {
    const p = PATTERNS[s.pattern];
    const topicSeed = [...s.topic].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
    const geo = Math.sin(hx * 0.45 + (topicSeed % 13)) + Math.cos(hy * 0.4 + (topicSeed % 7));
    const geoShift = geo > 1.3 ? 1 : geo < -1.3 ? -1 : 0;
    const r = rnd();
    const noise = r < 0.1 ? -1 : r > 0.9 ? 1 : 0;
    const band = Math.max(0, Math.min(4, p.band + strict + geoShift + noise));
    const level = levelFor(band);
    const form = p.forms[Math.floor(rnd() * p.forms.length)];
    const opener = s.pattern === 1 && rnd() < 0.5 ? OPENERS[Math.floor(rnd() * OPENERS.length)] : '';
    const text = capitalise(`${opener}${form.text.replace('{s}', s.subject)}`.trim());
    return {
      id: `${id}#${i}`, text, level: level.local, order: level.order, bands: level.bands, domain: null,
      topics: [s.topic], qualifiers: { ...(form.qualifiers ?? {}) },
      page: 3 + Math.floor(i / 25), bbox: [56, 760 - (i % 25) * 28, 540, 780 - (i % 25) * 28],
    };
  });
  return {
    id, authorityId: id, authority: a.name, version: '2025-01-01', source: `synthetic/${id}.pdf`, format: 'pdf',
    pages: 3 + Math.ceil(indicators.length / 25), scheme, indicators, warnings: [],
  };
}

export function generateCorpus(authorities: SyntheticAuthority[], seed = 1, perAuthority = 400): Profile[] {
  return authorities.map((a, i) => generateProfile(a, i, seed, perAuthority));
}
