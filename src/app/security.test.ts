import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(vue|ts)$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the app never inserts text as HTML', () => {
  it('has no v-html, innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const bad: string[] = [];
    for (const f of files(import.meta.dirname)) {
      const src = readFileSync(f, 'utf8');
      for (const pat of [/v-html/, /\.innerHTML\b/, /\.outerHTML\s*=/, /insertAdjacentHTML/, /document\.write/]) if (pat.test(src)) bad.push(`${f}: ${pat}`);
    }
    expect(bad).toEqual([]);
  });
});
