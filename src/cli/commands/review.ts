import type { Command } from 'commander';

export function registerReview(program: Command): void {
  const review = program.command('review').description("a reviewer's corrections: import them, export them as labels");
  review
    .command('import')
    .description('add the corrections of a "download my corrections" file (from the app) to <corpus>/corrections/ and apply them to the data folder')
    .argument('<file>', 'the downloaded JSON file')
    .option('--corpus <dir>', 'corpus folder holding corrections/', 'corpus')
    .option('--data <dir>', 'built data folder to update (index.json, profiles/)', 'public/data')
    .action(async (file: string, o: { corpus: string; data: string }) => {
      const { importCorrections } = await import('../../node/review-import.ts');
      try {
        const lines = await importCorrections(file, o.corpus, o.data);
        process.stdout.write(lines.join('\n') + '\n');
      } catch (err) {
        process.stderr.write(`atlas review import: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
  review
    .command('export-labels')
    .description('write the reviewed indicators of real documents as a dev-set pack (offsets and labels, never text)')
    .option('--corpus <dir>', 'corpus folder holding corrections/', 'corpus')
    .option('--data <dir>', 'built data folder (index.json, profiles/, docs/)', 'public/data')
    .option('--out <dir>', 'folder for the pack (one <authority>.json each)', '.devset/review-pack')
    .option('--text-dir <dir>', 'where the plain text of each exported part is written (git-ignored)', '.devset/text')
    .option('--include-fictional', 'also export fictional authorities (for tests)')
    .action(async (o: { corpus: string; data: string; out: string; textDir: string; includeFictional?: boolean }) => {
      const { exportLabels } = await import('../../node/export-labels.ts');
      try {
        const lines = await exportLabels({ data: o.data, out: o.out, textDir: o.textDir, includeFictional: !!o.includeFictional });
        process.stdout.write(lines.join('\n') + '\n');
      } catch (err) {
        process.stderr.write(`atlas review export-labels: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
