import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { isSafeId, isSafeVersion, resolveInside, sanitiseFileName } from './safe-path.ts';

describe('safe paths', () => {
  const root = path.resolve('/corpus/set');
  it('accepts plain relative files inside the folder', () => {
    expect(resolveInside(root, 'a.pdf')).toBe(path.join(root, 'a.pdf'));
    expect(resolveInside(root, 'sub/b.docx')).toBe(path.join(root, 'sub', 'b.docx'));
  });
  it('rejects traversal, absolute paths, backslashes and control characters', () => {
    for (const bad of ['../x.pdf', 'sub/../../x.pdf', '/etc/passwd', 'C:\\x.pdf', 'C:/x.pdf', 'a\\..\\b', 'a\u0000.pdf', '', 'a//b', 42, null]) {
      expect(resolveInside(root, bad), String(bad)).toBeNull();
    }
  });
  it('allows only slug ids and ISO versions', () => {
    expect(isSafeId('fenmarsh')).toBe(true);
    expect(isSafeId('north-yorkshire_2')).toBe(true);
    for (const bad of ['../x', 'a/b', 'A', '.hidden', '', 'x'.repeat(81), 'a b', 'é']) expect(isSafeId(bad), bad).toBe(false);
    expect(isSafeVersion(null)).toBe(true);
    expect(isSafeVersion('2025-09-01')).toBe(true);
    expect(isSafeVersion('../2025')).toBe(false);
  });
  it('sanitises file names to a safe alphabet with no leading dot', () => {
    expect(sanitiseFileName('fenmarsh@2025-09-01')).toBe('fenmarsh@2025-09-01');
    expect(sanitiseFileName('../../etc/passwd')).toBe('etc_passwd');
    expect(sanitiseFileName('...')).toBe('file');
  });
});
