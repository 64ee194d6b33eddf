// A small hash router. Why not vue-router: every view's state lives in the query string (shareable links),
// the site is served as static files (a hash needs no server fallback), and this is ~60 lines with no dependency.
import { computed, shallowRef } from 'vue';

export type RouteName = 'home' | 'coverage' | 'compare' | 'lottery' | 'authority' | 'evidence' | 'where' | 'own' | 'not-found';

export interface Route {
  name: RouteName;
  /** Path segments after the view name, decoded. */
  params: string[];
  query: Record<string, string>;
}

const NAMES: Record<string, RouteName> = {
  '': 'home', coverage: 'coverage', compare: 'compare', lottery: 'lottery', authority: 'authority',
  evidence: 'evidence', where: 'where', own: 'own',
};

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, qs = ''] = raw.split('?', 2) as [string, string?];
  const segs = path.split('/').filter(Boolean).map(safeDecode);
  const name = NAMES[segs[0] ?? ''] ?? 'not-found';
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(qs)) if (v !== '') query[k] = v;
  return { name, params: segs.slice(1), query };
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/** Build a hash href: href('compare', [], { a: 'x' }) -> "#/compare?a=x". Empty query values are dropped. */
export function href(name: RouteName, params: string[] = [], query: Record<string, string | undefined | null> = {}): string {
  const path = name === 'home' ? '' : [name, ...params].map(encodeURIComponent).join('/');
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v != null && v !== '') qs.set(k, v);
  const s = qs.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}

const current = shallowRef<Route>(parseHash(typeof location === 'undefined' ? '' : location.hash));

export function startRouter(): void {
  window.addEventListener('hashchange', () => {
    current.value = parseHash(location.hash);
  });
}

export const route = computed(() => current.value);

/** Go to a new view (adds a history entry). */
export function navigate(name: RouteName, params: string[] = [], query: Record<string, string | undefined | null> = {}): void {
  location.hash = href(name, params, query).slice(1);
}

/** Change the current view's query in place (no new history entry), e.g. a filter. */
export function patchQuery(patch: Record<string, string | undefined | null>): void {
  const r = current.value;
  const next = href(r.name, r.params, { ...r.query, ...patch });
  history.replaceState(history.state, '', next);
  current.value = parseHash(next);
}
