import type { Profile } from '../../model/index.ts';

export interface AnalyseRequest { bytes: Uint8Array; name: string; authorityId: string; authority: string }
/** Every reply carries `atlas: 'analyse'` so the page can ignore any other message a library posts. */
export type AnalyseReply = { atlas: 'analyse' } & ({ ok: true; profile: Profile; ms: number } | { ok: false; error: string });
