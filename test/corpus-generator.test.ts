// The sample-corpus generator's pure parts: content data, placement, versions and line wrapping.
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildModels, goldOf } from '../scripts/corpus-sample/build.ts';
import { SITUATIONS } from '../scripts/corpus-sample/content/situations.ts';
import { TOPIC_IDS } from '../scripts/corpus-sample/content/topics.ts';
import { wrap } from '../scripts/corpus-sample/render/drawn-matrix.ts';

const topics = TOPIC_IDS as readonly string[];
const models = buildModels();
const scored = models.filter((m) => !m.spec.expectError);

describe('situation pool', () => {
  it('has unique ids, valid band ranges and hand-assigned contract topics on every phrasing', () => {
    expect(new Set(SITUATIONS.map((s) => s.id)).size).toBe(SITUATIONS.length);
    for (const s of SITUATIONS) {
      expect(s.lo).toBeLessThanOrEqual(s.hi);
      expect(s.lo).toBeGreaterThanOrEqual(0);
      expect(s.hi).toBeLessThanOrEqual(4);
      for (const p of [...s.phrasings, ...(s.me ? [s.me] : [])]) {
        const ts = typeof p === 'string' ? s.topics : p[1];
        expect(ts.length, s.id).toBeGreaterThan(0);
        for (const t of ts) expect(topics, `${s.id}: ${t}`).toContain(t);
      }
    }
  });
});

describe('placement', () => {
  it('is deterministic', () => {
    expect(buildModels()).toEqual(models);
  });

  it('gives every level of every scored document at least one indicator', () => {
    for (const m of scored) {
      m.spec.levels.forEach((l, i) => expect(m.items.some((it) => it.level === i), `${m.spec.file}: ${l.local}`).toBe(true));
    }
  });

  it('puts many situations at different bands in different authorities, and never moves fixed ones', () => {
    const bands = new Map<string, Set<string>>();
    for (const m of scored) {
      for (const it of m.items) {
        const b = m.spec.levels[it.level].bands;
        (bands.get(it.situation) ?? bands.set(it.situation, new Set()).get(it.situation)!).add(b.join('+'));
      }
    }
    const spread = [...bands.values()].filter((s) => s.size >= 2).length;
    expect(spread).toBeGreaterThanOrEqual(40);
    expect(bands.get('baby-bruise')!.size).toBeGreaterThanOrEqual(1);
    for (const m of scored) {
      for (const it of m.items.filter((x) => x.situation === 'baby-bruise')) {
        expect(m.spec.levels[it.level].bands).toContain('child_protection');
      }
    }
  });

  it('revises a document into a new dated version that keeps most wording and moves some situations', () => {
    for (const id of ['marlowmere', 'tidewick']) {
      const [v1, v2] = scored.filter((m) => m.spec.id === id);
      expect(v2.spec.version! > v1.spec.version!).toBe(true);
      const before = new Map(goldOf(v1).indicators.map((i) => [i.text, i.bands.join('+')]));
      const after = goldOf(v2).indicators;
      const kept = after.filter((i) => before.has(i.text));
      expect(kept.length).toBeGreaterThan(after.length * 0.7);
      expect(kept.some((i) => before.get(i.text) !== i.bands.join('+'))).toBe(true);
      expect(after.length - kept.length).toBeGreaterThan(0);
    }
  });
});

describe('wrap (drawn PDFs)', () => {
  it('wraps to the width and hyphenates long words so that the lines join back into the text', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const text = 'Unaccompanied child whose journey suggests they may have been trafficked; accommodation unavailable';
    const lines = wrap(text, font, 9, 110);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(font.widthOfTextAtSize(l, 9)).toBeLessThanOrEqual(110);
    expect(lines.some((l) => /[a-z]-$/.test(l))).toBe(true);
    const joined = lines.reduce((acc, l) => (acc.endsWith('-') && /[a-z]-$/.test(acc) ? acc.slice(0, -1) + l : `${acc} ${l}`), '').trim();
    expect(joined).toBe(text);
  });
});
