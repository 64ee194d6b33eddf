import { defineStore } from 'pinia';
import { computed, ref, shallowReactive, shallowRef } from 'vue';
import type { AtlasIndex, IndexAuthority, IndexDocument, Profile } from '../../model/index.ts';
import { fetchDatasets, fetchIndex, fetchNationalIndex, fetchProfile, setDataset, type Dataset } from '../lib/data.ts';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** Prefix of profile ids that exist only in this tab (documents the user dropped). */
export const OWN_PREFIX = 'own:';

/** A document as the app lists it: an ingested one from the index or one the user analysed in this tab. */
export interface DocRef {
  profileId: string;
  authorityId: string;
  name: string;
  version: string | null;
  own: boolean;
}

export const useAtlas = defineStore('atlas', () => {
  const index = shallowRef<AtlasIndex | null>(null);
  const indexState = ref<LoadState>('idle');
  const indexError = ref<string | null>(null);
  const profiles = shallowReactive(new Map<string, Profile>());
  const profileErrors = shallowReactive(new Map<string, string>());
  const pending = new Map<string, Promise<Profile>>();
  /** Profiles analysed from files dropped into this tab; never sent anywhere. */
  const own = shallowRef<Profile[]>([]);

  /** The data set shown; the national atlas by default when one was built. */
  const dataset = ref<Dataset>('sample');
  /** Whether a national atlas and the sample both exist (then the sample is a switch away). */
  const nationalAvailable = ref(false);
  const STORE_KEY = 'threshold-atlas.dataset';

  async function loadIndex(): Promise<void> {
    if (indexState.value === 'ready' || indexState.value === 'loading') return;
    indexState.value = 'loading';
    indexError.value = null;
    try {
      let wanted: string | null = null;
      try {
        wanted = sessionStorage.getItem(STORE_KEY);
      } catch {
        /* storage may be blocked; the default applies */
      }
      const national = await fetchNationalIndex();
      // the switch shows only when both were built (an older data folder without datasets.json has a sample)
      nationalAvailable.value = !!national && (await fetchDatasets())?.sample !== false;
      if (national && wanted !== 'sample') {
        setDataset((dataset.value = 'national'));
        index.value = national;
      } else {
        setDataset((dataset.value = 'sample'));
        index.value = await fetchIndex();
      }
      indexState.value = 'ready';
    } catch (e) {
      indexError.value = e instanceof Error ? e.message : String(e);
      indexState.value = 'error';
    }
  }

  /** Switch between the national atlas and the fictional sample: drops loaded profiles and reloads the index. */
  async function switchDataset(d: Dataset): Promise<void> {
    if (d === dataset.value && indexState.value === 'ready') return;
    try {
      sessionStorage.setItem(STORE_KEY, d);
    } catch {
      /* not remembered across reloads then */
    }
    profiles.clear();
    profileErrors.clear();
    pending.clear();
    index.value = null;
    indexState.value = 'idle';
    await loadIndex();
  }

  const authorities = computed<IndexAuthority[]>(() =>
    [...(index.value?.authorities ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
  );

  function authority(id: string): IndexAuthority | undefined {
    return index.value?.authorities.find((a) => a.id === id);
  }

  /** Newest version first (undated last). */
  function documentsOf(a: IndexAuthority): IndexDocument[] {
    return [...a.documents].sort((x, y) => (y.version ?? '').localeCompare(x.version ?? ''));
  }

  function latest(a: IndexAuthority): IndexDocument | undefined {
    return documentsOf(a)[0];
  }

  function findDocument(profileId: string): { authority: IndexAuthority; doc: IndexDocument } | undefined {
    for (const a of index.value?.authorities ?? []) {
      const doc = a.documents.find((d) => d.profileId === profileId);
      if (doc) return { authority: a, doc };
    }
    return undefined;
  }

  /** Every comparable document: each authority's latest version, its older versions, and the user's own. */
  const docRefs = computed<DocRef[]>(() => {
    const out: DocRef[] = [];
    for (const a of authorities.value) {
      documentsOf(a).forEach((d, i) =>
        out.push({ profileId: d.profileId, authorityId: a.id, name: i === 0 ? a.name : `${a.name} (${d.version ?? 'undated'})`, version: d.version, own: false }),
      );
    }
    for (const p of own.value) out.push({ profileId: p.id, authorityId: p.authorityId, name: `${p.authority ?? p.source} (your document)`, version: p.version, own: true });
    return out;
  });

  /** Resolve an authority id or a profile id to a profile id (authority ids mean their latest document). */
  function resolveProfileId(key: string): string | undefined {
    if (key.startsWith(OWN_PREFIX)) return own.value.some((p) => p.id === key) ? key : undefined;
    if (findDocument(key)) return key;
    const a = authority(key);
    return a ? latest(a)?.profileId : undefined;
  }

  async function loadProfile(profileId: string): Promise<Profile> {
    const have = profiles.get(profileId) ?? own.value.find((p) => p.id === profileId);
    if (have) return have;
    const inflight = pending.get(profileId);
    if (inflight) return inflight;
    const found = findDocument(profileId);
    if (!found) {
      const msg = profileId.startsWith(OWN_PREFIX)
        ? 'This document was analysed in another tab or before a reload; documents you drop stay only in the tab that read them. Drop it again.'
        : `No document "${profileId}" in the index.`;
      profileErrors.set(profileId, msg);
      throw new Error(msg);
    }
    const p = fetchProfile(found.doc.file)
      .then((read) => {
        const prof = postLoad ? postLoad(read) : read;
        profiles.set(profileId, prof);
        profileErrors.delete(profileId);
        return prof;
      })
      .catch((e: unknown) => {
        profileErrors.set(profileId, e instanceof Error ? e.message : String(e));
        throw e;
      })
      .finally(() => pending.delete(profileId));
    pending.set(profileId, p);
    return p;
  }

  /** Bumped whenever corrections change the data: views that load a profile re-run on it. */
  const generation = ref(0);
  /** Changes a profile after loading (pending corrections kept in this browser); set by the review store. */
  let postLoad: ((p: Profile) => Profile) | null = null;
  function setPostLoad(fn: ((p: Profile) => Profile) | null): void {
    postLoad = fn;
  }

  /** Re-read the index and forget loaded profiles (after corrections were written or kept). */
  async function refresh(reloadIndex = true): Promise<void> {
    if (reloadIndex && dataset.value === 'sample') index.value = await fetchIndex();
    profiles.clear();
    profileErrors.clear();
    pending.clear();
    generation.value++;
  }

  /** Source bytes of the user's own documents, for the evidence view (kept in memory only). */
  const ownBytes = new Map<string, Uint8Array>();

  function addOwn(p: Profile, bytes?: Uint8Array): void {
    own.value = [...own.value.filter((x) => x.id !== p.id), p];
    if (bytes) ownBytes.set(p.id, bytes);
  }

  return {
    index, indexState, indexError, dataset, nationalAvailable, switchDataset, profiles, profileErrors, own, authorities, docRefs,
    loadIndex, authority, documentsOf, latest, findDocument, resolveProfileId, loadProfile, addOwn, ownBytes,
    generation, refresh, setPostLoad,
  };
});
