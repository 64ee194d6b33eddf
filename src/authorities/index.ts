// Every English upper-tier authority with children's services (corpus/authorities.json), isomorphic:
// the JSON is imported, so node, the CLI and the Vite app share one typed list.
import data from '../../corpus/authorities.json';
import type { Authority, AuthoritiesFile } from './types.ts';

export type { Authority, AuthoritiesFile, Partnership, Region, SourceDocument, SourceEntry, SourcesFile } from './types.ts';
export { hexNeighbours, hexNeighbourPositions } from './hex.ts';

export const authoritiesFile = data as AuthoritiesFile;
export const authorities: readonly Authority[] = authoritiesFile.authorities;

/** E06 unitary, E08 metropolitan, E09 London, E10 county: 3 letters+digits, then 6 digits. */
export const ONS_CODE = /^E(06|08|09|10)\d{6}$/;

/** Lower case, "&" as "and", punctuation and ", City of" / "County of" / "City of" dropped: "City of Bristol" = "Bristol, City of". */
export function normaliseAuthorityName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(city|county) of\b/g, ' ')
    .replace(/\b(council|borough|metropolitan|london borough of|royal borough of)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byCode = new Map(authorities.map((a) => [a.onsCode, a]));
const byId = new Map(authorities.map((a) => [a.id, a]));
const byName = new Map(authorities.map((a) => [normaliseAuthorityName(a.name), a]));

export function authorityByCode(code: string): Authority | undefined {
  return byCode.get(code.trim().toUpperCase());
}

/** By authority id (slug), e.g. "bristol". */
export function authorityById(id: string): Authority | undefined {
  return byId.get(id);
}

/** Exact match after normalisation ("City of Bristol", "bristol", "Bristol, City of"). */
export function authorityByName(name: string): Authority | undefined {
  return byName.get(normaliseAuthorityName(name));
}

/** By ONS code, id (slug) or name. */
export function findAuthority(key: string): Authority | undefined {
  return authorityByCode(key) ?? authorityById(key.trim().toLowerCase()) ?? authorityByName(key);
}

/** The authorities that took over a superseded code, e.g. E10000021 (Northamptonshire) -> North and West Northamptonshire. */
export function authoritiesByFormerCode(code: string): Authority[] {
  const c = code.trim().toUpperCase();
  return authorities.filter((a) => a.formerCodes.includes(c));
}

/** Authorities sharing a partnership with this one (itself included); just itself when the partnership is unknown. */
export function partnershipMembers(code: string): Authority[] {
  const a = authorityByCode(code);
  if (!a) return [];
  if (!a.partnership) return [a];
  return authorities.filter((b) => b.partnership?.id === a.partnership!.id);
}

export { coverage, summariseCoverage, COVERAGE_STAGES } from './coverage.ts';
export type { CoverageRow, CoverageStatus, CoverageStage, CoverageOptions, CoverageSummary, FetchStatusFile } from './coverage.ts';
