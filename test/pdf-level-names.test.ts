// PDFs whose levels are not "Level N" labels (issue 17, item 4): a drawn matrix whose column heads are names
// without numbers, one of them unknown to the vocabulary, and a page-per-level PDF whose top level is a long
// description of the children it is for. Invented level names on the sample generator's fictional wording.
import { describe, expect, it } from 'vitest';
import { buildModels, goldOf, type DocModel } from '../scripts/corpus-sample/build.ts';
import { drawnMatrixPdf } from '../scripts/corpus-sample/render/drawn-matrix.ts';
import { drawnColumnsPdf } from '../scripts/corpus-sample/render/drawn-columns.ts';
import { analyse } from '../src/pipeline/index.ts';
import { evaluateDocument } from '../src/eval/index.ts';

const models = buildModels().filter((m) => !m.spec.expectError);
const renamed = (names: string[]): DocModel => {
  const base = models.find((m) => m.spec.levels.length === names.length)!;
  return { ...base, spec: { ...base.spec, levels: base.spec.levels.map((l, i) => ({ ...l, local: names[i] })) } };
};

async function check(m: DocModel, render: (m: DocModel) => Promise<Uint8Array>) {
  const profile = await analyse(await render(m), `${m.spec.id}.pdf`, { authorityId: m.spec.id, authority: m.spec.name, version: null });
  const r = evaluateDocument({ authorityId: m.spec.id, authority: m.spec.name, file: `${m.spec.id}.pdf` }, goldOf(m), { profile });
  return { profile, r };
}

describe('PDF levels named without numbers', () => {
  const three = renamed(['Universal', 'Community Plus', 'Statutory Response by the Children’s Service']);
  for (const [kind, render] of [['matrix', drawnMatrixPdf], ['page per level', drawnColumnsPdf]] as const) {
    it(`${kind}: every name is a level, in order, each indicator under its own`, async () => {
      const { profile, r } = await check(three, render);
      expect(profile.scheme.map((l) => l.local)).toEqual(three.spec.levels.map((l) => l.local));
      expect(r.wrongLevel).toEqual([]);
      expect(r.recall).toBe(1);
      expect(profile.scheme[2].bands).toEqual(['child_in_need', 'child_protection']);
    }, 60_000);
  }

  it('page per level: "Level 4: <long description of the children>" is the fourth level', async () => {
    const four = renamed(['Universal', 'Early help', 'Level 3: Targeted Early Help', 'Level 4: Children facing the most serious difficulties, some of whom may be unsafe at home']);
    const { profile, r } = await check(four, drawnColumnsPdf);
    expect(profile.scheme).toHaveLength(4);
    expect(profile.scheme[3].local).toBe(four.spec.levels[3].local);
    expect(r.wrongLevel).toEqual([]);
    expect(r.recall).toBe(1);
  }, 60_000);
});
