import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('compare extraction with the gold annotations: indicator recall/precision, local-level accuracy, bands and topics')
    .option('--corpus <dir>', 'folder holding manifest.json (or <set>/manifest.json)', 'corpus/sample')
    .option('--json', 'print all figures as JSON on stdout')
    .option('--out <file>', 'also write the JSON figures to this file')
    .option('--detail <n>', 'missed/extra/level examples shown per document', '3')
    .action(async (o: { corpus: string; json?: boolean; out?: string; detail: string }) => {
      const { runEval } = await import('../../eval/run-node.ts');
      try {
        const report = await runEval(o.corpus, (msg) => process.stderr.write(`${msg}\n`));
        const json = `${JSON.stringify(report.json, null, 2)}\n`;
        if (o.out) {
          const { writeFile } = await import('node:fs/promises');
          await writeFile(o.out, json);
        }
        process.stdout.write(o.json ? json : report.text(Math.max(0, Number(o.detail) | 0)));
      } catch (err) {
        const { userReason } = await import('../../model/index.ts');
        process.stderr.write(`atlas eval: ${userReason(err, 'evaluating')}\n`);
        process.exitCode = 1;
      }
    });
}
