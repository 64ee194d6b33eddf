import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import type { LoadState } from '../stores/atlas.ts';

/** Re-run an async loader whenever its source changes; the latest call wins. */
export function useAsync<S, T>(source: WatchSource<S>, load: (s: S) => Promise<T>): { state: Ref<LoadState>; data: Ref<T | null>; error: Ref<string | null> } {
  const state = ref<LoadState>('idle');
  const data = shallowRef<T | null>(null);
  const error = ref<string | null>(null);
  let seq = 0;
  watch(
    source,
    async (s) => {
      const my = ++seq;
      state.value = 'loading';
      error.value = null;
      try {
        const v = await load(s);
        if (my !== seq) return;
        data.value = v;
        state.value = 'ready';
      } catch (e) {
        if (my !== seq) return;
        data.value = null;
        error.value = e instanceof Error ? e.message : String(e);
        state.value = 'error';
      }
    },
    { immediate: true },
  );
  return { state, data, error };
}
