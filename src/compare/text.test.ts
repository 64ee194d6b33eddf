import { describe, expect, it } from 'vitest';
import { cosine, jaccard, stemTokens, TfIdf } from './text.ts';

const T = stemTokens;
import { qualifierConflicts, qualifierDiffs } from './qualifiers.ts';

describe('text similarity', () => {
  it('stems, drops stop words and rewrites synonyms (synonyms.ts)', () => {
    // frequency and severity words are left to the situation frame, not the text similarity
    expect(stemTokens("The child self-harms repeatedly; parents' drinking")).toEqual(['selfharm', 'parent', 'substanc']);
  });

  it('gives 1 for identical text, 0 for disjoint, and weights rare terms above common ones', () => {
    const tf = new TfIdf();
    for (const t of ['bruising to a baby', 'baby not feeding', 'baby missed appointments', 'overcrowded housing']) tf.add(T(t));
    expect(cosine(tf.vector(T('bruising to a baby')), tf.vector(T('bruising to a baby')))).toBeCloseTo(1, 5);
    expect(cosine(tf.vector(T('bruising to a baby')), tf.vector(T('overcrowded housing')))).toBe(0);
    const rare = cosine(tf.vector(T('bruising to a baby')), tf.vector(T('bruising')));
    const common = cosine(tf.vector(T('bruising to a baby')), tf.vector(T('baby')));
    expect(rare).toBeGreaterThan(common);
  });

  it('jaccard of topic lists', () => {
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(0);
  });
});

describe('qualifiers', () => {
  it('lists differences and counts only real conflicts', () => {
    expect(qualifierDiffs({ age: 'under_1', frequency: 'repeated' }, { age: 'under_1' })).toEqual([{ key: 'frequency', a: 'repeated', b: null }]);
    expect(qualifierConflicts({ frequency: 'repeated' }, {})).toBe(0);
    expect(qualifierConflicts({ severity: 'serious' }, { severity: 'low' })).toBe(1);
    expect(qualifierConflicts({ negated: true }, {})).toBe(1);
  });
});
