// The ingest's analysis workers run a bundle in which pdf.js is an external package. pdf.js's legacy build
// replaces Array.prototype.push and JSON.parse/stringify with slow polyfills; natives.ts keeps the built-ins only
// if it runs before pdf.js is evaluated, which in a bundle depends on how the entry is split (worker-pipeline.ts).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundled } from './bundle.mjs';

describe('the bundled analysis worker', () => {
  it('has the built-in push, JSON.parse and JSON.stringify once pdf.js and its worker module are loaded', async () => {
    const file = await bundled('worker', 'src/node/worker-pipeline.ts');
    expect(file).not.toBeNull();
    const script = 'const b = [Array.prototype.push, JSON.parse, JSON.stringify]; ' +
      `await import(${JSON.stringify(file)}); ` +
      'const pdfjs = globalThis.pdfjsWorker ? "worker module loaded" : "no worker module"; ' +
      'console.log(pdfjs, [b[0] === Array.prototype.push, b[1] === JSON.parse, b[2] === JSON.stringify].join())';
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
    expect(out.trim()).toBe('worker module loaded true,true,true');
  }, 60_000);
});
