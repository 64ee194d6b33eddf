// An error a stage did not anticipate reaches the user as "internal error while <stage> (please report)".
import { describe, expect, it, vi } from 'vitest';

vi.mock('../segment/index.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../segment/index.ts')>()),
  segment: () => {
    const rows: { cell: unknown }[] = [];
    return rows[1].cell;
  },
}));

const { analyse } = await import('./analyse.ts');
const { DocumentError } = await import('../model/index.ts');

describe('analyse', () => {
  it('turns a TypeError inside a stage into a DocumentError naming the stage, not the JS message', async () => {
    const err = await analyse(new TextEncoder().encode('Level 1\n- Child is well\n'), 'doc.txt', { authorityId: 'doc', authority: null, version: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as InstanceType<typeof DocumentError>).file).toBe('doc.txt');
    expect((err as InstanceType<typeof DocumentError>).reason).toMatch(/^internal error while segmenting \(please report\): TypeError\b/);
    expect((err as Error).message).not.toMatch(/Cannot read/);
  });
});
