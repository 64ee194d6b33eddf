import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { Profile } from '../../model/index.ts';
import { applyToProfile } from '../../review/apply.ts';
import type { Correction } from '../../review/types.ts';
import { fetchOptional } from '../lib/data.ts';
import { pendingExport, postCorrections, readPending, readWho, ReviewConflict, reviewToken, writePending, writeWho } from '../lib/review.ts';
import { download } from '../lib/download.ts';
import { useAtlas } from './atlas.ts';

/** data/corrections/<authority>.json as ingest writes it: the corrections file plus what became of each one. */
export interface AppliedCorrections {
  revision: number;
  corrections: Correction[];
  outcomes: { id: string; act: string; status: 'applied' | 'carried' | 'stale'; profiles: string[]; reason?: string }[];
}

function sessionOn(): boolean {
  try {
    return sessionStorage.getItem('threshold-atlas.review') === 'on';
  } catch {
    return false;
  }
}

export const useReview = defineStore('review', () => {
  const atlas = useAtlas();
  const token = reviewToken();
  /** 'server': corrections go to `atlas serve --review`; 'local': they stay in this browser until downloaded. */
  const mode = token ? 'server' : 'local';
  /** Review controls shown (always with the review server; on request on a static site). */
  const active = ref(mode === 'server' || sessionOn());
  const who = ref(readWho());
  const pending = shallowRef<Record<string, Correction[]>>(readPending());
  const pendingCount = computed(() => Object.values(pending.value).reduce((n, l) => n + l.length, 0));
  /** Plain text of source parts seen in the evidence view (to place additions kept in this browser). */
  const texts = new Map<string, (string | null)[]>();
  const applied = new Map<string, Promise<AppliedCorrections | null>>();

  // corrections kept in this browser show on top of the published reading
  atlas.setPostLoad((p: Profile) => {
    const mine = pending.value[p.authorityId];
    return mine?.length ? applyToProfile(p, mine, 0, texts.get(p.id)).profile : p;
  });
  // profiles loaded before this store existed do not show the corrections kept in this browser yet
  if (pendingCount.value) void atlas.refresh(false);

  function setActive(on: boolean): void {
    active.value = on;
    try {
      sessionStorage.setItem('threshold-atlas.review', on ? 'on' : 'off');
    } catch {
      /* not remembered */
    }
  }

  function setWho(name: string): void {
    who.value = name;
    writeWho(name);
  }

  /** The authority's corrections as last applied by ingest or the review server (revision, stale ones). */
  function appliedFor(authorityId: string): Promise<AppliedCorrections | null> {
    // only authorities with corrections have the file (asking for others would log a 404)
    if (!atlas.authority(authorityId)?.documents.some((d) => d.review)) return Promise.resolve(null);
    let p = applied.get(authorityId);
    if (!p) {
      p = fetchOptional<AppliedCorrections>(`corrections/${authorityId}.json`).catch(() => null);
      applied.set(authorityId, p);
    }
    return p;
  }

  function rememberText(profileId: string, part: number, text: string): void {
    const list = texts.get(profileId) ?? [];
    list[part] = text;
    texts.set(profileId, list);
  }

  /** Save corrections: to the review server, or in this browser. Resolves with a sentence for the status line. */
  async function submit(authorityId: string, corrections: Correction[]): Promise<string> {
    if (!corrections.length) return 'Nothing changed.';
    if (token) {
      const current = (await appliedFor(authorityId))?.revision ?? 0;
      try {
        const r = await postCorrections(token, authorityId, current, corrections);
        applied.delete(authorityId);
        await atlas.refresh();
        const stale = r.outcomes.filter((o) => o.status === 'stale').length;
        return `Saved (revision ${r.revision}).${stale ? ` ${stale} earlier correction${stale === 1 ? ' is' : 's are'} stale.` : ''}`;
      } catch (e) {
        if (e instanceof ReviewConflict) {
          applied.delete(authorityId);
          await atlas.refresh();
        }
        throw e;
      }
    }
    pending.value = { ...pending.value, [authorityId]: [...(pending.value[authorityId] ?? []), ...corrections] };
    writePending(pending.value);
    await atlas.refresh(false);
    return `Kept in this browser (${pendingCount.value} not yet imported). Use “Download my corrections”.`;
  }

  function downloadPending(): void {
    download(pendingExport(pending.value), `atlas-corrections-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  }

  function clearPending(): void {
    pending.value = {};
    writePending({});
    void atlas.refresh(false);
  }

  return { mode, active, who, pending, pendingCount, setActive, setWho, appliedFor, rememberText, submit, downloadPending, clearPending };
});
