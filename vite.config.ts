import { defineConfig, type Plugin } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { gzipSync } from 'node:zlib';

const INITIAL_JS_BUDGET = 250 * 1024;

/**
 * Prints the gzipped size of the JavaScript the first page load needs: the HTML entry chunk and the chunks it
 * imports statically (lazy chunks such as pdf.js, exceljs, mammoth and the analysis worker are excluded).
 * Also writes dist/bundle-size.json for the benchmark.
 */
function bundleSize(): Plugin {
  return {
    name: 'atlas-bundle-size',
    apply: 'build',
    generateBundle(_opts, bundle) {
      const chunks = new Map<string, { code: string; imports: string[]; isEntry: boolean; facade: string | null }>();
      for (const [file, out] of Object.entries(bundle)) {
        if (out.type === 'chunk') chunks.set(file, { code: out.code, imports: out.imports, isEntry: out.isEntry, facade: out.facadeModuleId });
      }
      const initial = new Set<string>();
      const visit = (f: string) => {
        if (initial.has(f) || !chunks.has(f)) return;
        initial.add(f);
        for (const i of chunks.get(f)!.imports) visit(i);
      };
      for (const [f, c] of chunks) if (c.isEntry && c.facade?.endsWith('index.html')) visit(f);
      if (!initial.size) for (const [f, c] of chunks) if (c.isEntry) visit(f);
      let raw = 0;
      let gz = 0;
      for (const f of initial) {
        const code = chunks.get(f)!.code;
        raw += Buffer.byteLength(code);
        gz += gzipSync(code, { level: 9 }).length;
      }
      let css = 0;
      for (const out of Object.values(bundle)) if (out.type === 'asset' && out.fileName.endsWith('.css')) css += gzipSync(Buffer.from(out.source)).length;
      const kb = (n: number) => (n / 1024).toFixed(1);
      const verdict = gz <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
      this.info?.('');
      console.log(`\nbundle size: initial JS ${kb(gz)} kB gzipped (${kb(raw)} kB raw, ${initial.size} chunk${initial.size === 1 ? '' : 's'}), ${verdict} the ${kb(INITIAL_JS_BUDGET)} kB budget; CSS ${kb(css)} kB gzipped`);
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-size.json',
        source: JSON.stringify({ initialJsGzipBytes: gz, initialJsRawBytes: raw, initialChunks: [...initial], cssGzipBytes: css, budgetBytes: INITIAL_JS_BUDGET }, null, 2),
      });
    },
  };
}

export default defineConfig({
  plugins: [vue(), bundleSize()],
  base: './',
  publicDir: 'public',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
