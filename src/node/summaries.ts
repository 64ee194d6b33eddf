// After an ingest: the per-topic lottery summaries into the index and the situations into lottery.json
// (recomputed only when an authority's latest document changed), and the fetch status beside them.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { AtlasIndex, Profile } from '../model/index.ts';
import { lotteryWithSummaries } from '../compare/summaries.ts';
import { writeFileAtomic } from './atomic.ts';
import { sanitiseFileName } from './safe-path.ts';
import { exists } from './manifest.ts';

/** Bump when the summaries' shape or the lottery's method changes. */
const SUMMARY_VERSION = 1;
export const LOTTERY_DIR = 'lottery';

function latestDocs(index: AtlasIndex) {
  return index.authorities
    .filter((a) => a.documents.length)
    .map((a) => ({ a, d: [...a.documents].sort((x, y) => (y.version ?? '').localeCompare(x.version ?? ''))[0] }));
}

/** Sets index.topics and index.lottery (writing lottery/<topic>.json) and copies <corpus>/fetch-status.json when there is one. */
export async function addSummaries(out: string, index: AtlasIndex, corpus: string, previous: AtlasIndex | null): Promise<void> {
  const latest = latestDocs(index);
  const key = createHash('sha256')
    .update(JSON.stringify([SUMMARY_VERSION, latest.map(({ a, d }) => [a.id, a.hex, d.profileId, d.hash])]))
    .digest('hex')
    .slice(0, 32);
  const dir = path.join(out, LOTTERY_DIR);
  if (previous?.lottery?.key === key && previous.topics && (await exists(dir))) {
    index.topics = previous.topics;
    index.lottery = previous.lottery;
  } else if (latest.length) {
    const profiles: Profile[] = [];
    for (const { d } of latest) {
      try {
        profiles.push(JSON.parse(await fs.readFile(path.join(out, d.file), 'utf8')) as Profile);
      } catch {
        /* a profile that cannot be read is left out of the lottery; the index still lists it */
      }
    }
    const { lottery, topics } = lotteryWithSummaries(profiles, index.authorities.map((a) => ({ id: a.id, hex: a.hex })));
    await fs.mkdir(dir, { recursive: true });
    for (const t of lottery.topics) await writeFileAtomic(path.join(dir, `${sanitiseFileName(t.topic)}.json`), JSON.stringify(t));
    index.topics = topics;
    index.lottery = { dir: LOTTERY_DIR, key, authorities: profiles.length };
  }
  try {
    const status = await fs.readFile(path.join(corpus, 'fetch-status.json'));
    await writeFileAtomic(path.join(out, 'fetch-status.json'), status);
    index.fetchStatus = 'fetch-status.json';
  } catch {
    /* no fetch ran for this corpus */
  }
}

/**
 * data/datasets.json at the data root (public/data for the sample, its parent for public/data/national):
 * which data sets exist, so the app asks only for those (a missing file would be a console error).
 */
export async function writeDatasets(out: string): Promise<void> {
  const abs = path.resolve(out);
  const root = path.basename(abs) === 'national' ? path.dirname(abs) : abs;
  const datasets = { national: await exists(path.join(root, 'national', 'index.json')), sample: await exists(path.join(root, 'index.json')) };
  await writeFileAtomic(path.join(root, 'datasets.json'), JSON.stringify(datasets));
}
