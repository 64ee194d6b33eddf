import type { Layout, Segmented } from '../model/index.ts';

/** Find the level scheme, the domains and every indicator with its local level. */
export function segment(layout: Layout): Segmented {
  return { scheme: [], indicators: [], warnings: [`${layout.source}: segmentation not built yet`] };
}
