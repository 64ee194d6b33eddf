// Alignment gold: labelled pairs of indicators from two authorities (same | related | different situation).
// Real gold is kept in pack form (page textId + index into that page's indicators); its text is resolved from
// the git-ignored .devset/text. The fictional gold (test/fixtures/align/) carries its invented text inline.
import type { BandId } from '../../../src/model/index.ts';
import { TfIdf } from '../../../src/compare/index.ts';

export type AlignLabel = 'same' | 'related' | 'different';

/** One indicator as the matcher sees it: its authority, text and the bands of its level. */
export interface AlignItem {
  authority: string;
  text: string;
  level: string;
  bands: BandId[];
  /** Address in the gold: `${page}:${index}` for the real pack, an id for the fictional gold. */
  ref: string;
  /** Topics labelled by hand (pack); only the candidate proposer reads them, never a matcher. */
  goldTopics?: string[];
}

export interface AlignPair {
  id: string;
  a: AlignItem;
  b: AlignItem;
  label: AlignLabel;
  /** Kind of near miss: none, child-parent, victim-perpetrator, concern-confirmed, frequency, severity, age, ... */
  hard: string;
}

export interface AlignGold {
  /** Every indicator of each authority (the collection a comparison sees; TF-IDF is fitted on it). */
  corpus: Record<string, AlignItem[]>;
  pairs: AlignPair[];
}

/** Pairs whose aligning is a hard error: a different person affected, or the harmed and the harmer. */
export const AGENT_HARD = ['victim-perpetrator', 'child-parent'];

/** One TF-IDF per pair of authorities (both documents' indicators), built on first use, with the given stemmer. */
export function pairTfIdf(gold: AlignGold, stem: (text: string) => string[]): (x: string, y: string) => TfIdf {
  const tfs = new Map<string, TfIdf>();
  return (x, y) => {
    const k = [x, y].sort().join('|');
    let t = tfs.get(k);
    if (!t) {
      t = new TfIdf();
      for (const i of [...(gold.corpus[x] ?? []), ...(x === y ? [] : gold.corpus[y] ?? [])]) t.add(stem(i.text));
      tfs.set(k, t);
    }
    return t;
  };
}
