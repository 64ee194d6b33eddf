// Debug aid: print the blocks a file extracts to (kind, depth, text), before segmentation.
// Usage: tsx scripts/devset/blocks.ts <file>
import { readFileSync } from 'node:fs';
import { extractLayout } from '../../src/extract/index.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/devset/blocks.ts <file>');
  process.exit(2);
}
const layout = await extractLayout(new Uint8Array(readFileSync(file)), file);
console.log(`title: ${layout.title}; meta: ${JSON.stringify(layout.meta ?? null)}`);
for (const b of layout.blocks) {
  if (b.kind === 'table') console.log(`table ${b.rows.length} rows: ${b.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text).join(' / ')).join(' | ')).join(' || ').slice(0, 200)}`);
  else console.log(`${b.kind}${'depth' in b ? ` ${b.depth}` : ''}: ${b.span.text.slice(0, 120)}`);
}
