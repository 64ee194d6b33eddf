import { describe, expect, it } from 'vitest';
import type { IndexAuthority, IndexDocument } from '../model/types.ts';
import { authorities, authorityByCode } from './index.ts';
import { coverage, summariseCoverage } from './coverage.ts';

const doc = (profileId: string, version: string | null): IndexDocument => ({
  profileId, version, source: 'x.pdf', format: 'pdf', pages: 1, indicatorCount: 1, scheme: [], file: '', sourceFile: null, hash: 'h', warnings: [],
});
const real = (onsCode: string | null, id: string, docs: IndexDocument[]): IndexAuthority => ({
  id, name: id, onsCode, fictional: onsCode === null, hex: null, documents: docs,
});

describe('coverage', () => {
  const index = {
    authorities: [
      real('E08000025', 'birmingham', [doc('birmingham@2019-04-01', '2019-04-01'), doc('birmingham@2025-09-01', '2025-09-01')]),
      real('E10000016', 'kent', [doc('kent@2021-01-01', '2021-01-01')]),
      real('E06000023', 'bristol', [doc('bristol', null)]),
      real(null, 'fenmarsh', [doc('fenmarsh', '2024-01-01')]),
    ],
  };
  const rows = coverage(authorities, index, {
    today: '2026-11-26',
    sources: {
      note: '',
      sources: [
        { onsCode: 'E08000035', name: 'Leeds', documents: [{ url: 'https://x.example/a.pdf', title: null, date: null, sha256: null, fetched: null, verified: false }] },
        { onsCode: 'E08000026', name: 'Coventry', documents: [{ url: 'https://y.example/t', title: null, date: null, sha256: null, fetched: null, verified: false }] },
      ],
    },
    fetchStatus: {
      generated: '2026-11-26T06:00:00Z',
      authorities: [
        { onsCode: 'E08000026', state: 'fetched', addresses: 1, fetched: '2026-11-26T06:00:00Z' },
        { onsCode: 'E08000035', state: 'failed', addresses: 1, reason: 'HTTP 404' },
      ],
    },
  });
  const row = (code: string) => rows.find((r) => r.authority.onsCode === code)!;

  it('has one row per English authority, fictional sample left out', () => {
    expect(rows).toHaveLength(153);
    expect(rows.some((r) => r.authority.id === 'fenmarsh')).toBe(false);
  });

  it('reports the newest version and its age, old past three years', () => {
    expect(row('E08000025')).toMatchObject({ documents: 2, latestVersion: '2025-09-01', ageDays: 451, status: 'current' });
    expect(row('E10000016')).toMatchObject({ documents: 1, latestVersion: '2021-01-01', status: 'old' });
    expect(row('E06000023')).toMatchObject({ documents: 1, latestVersion: null, ageDays: null, status: 'undated' });
    expect(row('E08000035')).toMatchObject({ documents: 0, listedUrls: 1, status: 'listed' });
    expect(row('E06000053')).toMatchObject({ documents: 0, listedUrls: 0, status: 'none' });
  });

  it('tells the four stages apart: address unknown, address known, fetched, analysed', () => {
    expect(row('E08000025').stage).toBe('analysed');
    expect(row('E08000026').stage).toBe('fetched');
    expect(row('E08000035')).toMatchObject({ stage: 'address known', fetchProblem: 'HTTP 404' });
    expect(row('E06000053').stage).toBe('address unknown');
    expect(summariseCoverage(rows).byStage).toEqual({ 'address unknown': 148, 'address known': 1, fetched: 1, analysed: 3 });
  });

  it('summarises by region', () => {
    const s = summariseCoverage(rows);
    expect(s).toMatchObject({ total: 153, withDocument: 3, old: 1, listedOnly: 2 });
    expect(s.byRegion).toHaveLength(9);
    expect(s.byRegion.find((g) => g.region === 'West Midlands')).toEqual({ region: 'West Midlands', total: 14, withDocument: 1 });
    expect(authorityByCode('E08000025')?.region).toBe('West Midlands');
  });
});
