#!/usr/bin/env node
// Entry point for `npx atlas`: runs the TypeScript CLI through tsx's loader (no build step needed).
// `atlas ingest` runs from a cached plain-JS bundle instead (src/node/bundle.mjs): a warm re-ingest
// is mostly start-up, and tsx's loader alone costs about half a second.
const { bundled } = await import('../src/node/bundle.mjs');
const file = process.argv[2] === 'ingest' ? await bundled('cli-ingest', 'src/cli/ingest-main.ts') : null;
let main;
if (file) {
  ({ main } = await import(file));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv);
