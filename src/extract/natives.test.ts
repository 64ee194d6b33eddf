// pdf.js's legacy build replaces Array.prototype.push, JSON.parse and JSON.stringify with core-js polyfills
// (which even mimic native source text); extraction puts the built-ins back (natives.ts), with the same results.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractLayout } from './index.ts';

// Taken before any PDF is read: pdf.js is imported on first use.
const BUILT_IN = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

describe('built-ins after pdf.js', () => {
  it('are replaced when pdf.js loads (what natives.ts is for)', () => {
    const script = 'const b = [Array.prototype.push, JSON.parse, JSON.stringify]; await import("pdfjs-dist/legacy/build/pdf.mjs"); ' +
      'console.log([b[0] === Array.prototype.push, b[1] === JSON.parse, b[2] === JSON.stringify].join())';
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
    expect(out.trim()).toBe('false,false,false');
  });

  it('are the originals again once a PDF has been read (pdf.js and its worker module loaded)', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../corpus/sample/kestrelholm.pdf', import.meta.url)));
    const layout = await extractLayout(bytes, 'kestrelholm.pdf');
    expect(layout.blocks.length).toBeGreaterThan(0);
    expect(Array.prototype.push).toBe(BUILT_IN.push);
    expect(JSON.parse).toBe(BUILT_IN.parse);
    expect(JSON.stringify).toBe(BUILT_IN.stringify);
    expect(Object.keys(Array.prototype)).toEqual([]);
  });
});
