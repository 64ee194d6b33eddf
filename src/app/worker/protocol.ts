import type { Profile } from '../../model/index.ts';

export interface AnalyseRequest { bytes: Uint8Array; name: string; authorityId: string; authority: string }
export type AnalyseReply = { ok: true; profile: Profile; ms: number } | { ok: false; error: string };
