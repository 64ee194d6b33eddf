import type { Command } from 'commander';

const FORMATS = ['text', 'md', 'html', 'csv', 'xlsx', 'json'];

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare two authorities (or two versions, or a document file) situation by situation')
    .argument('<A>', 'authority id, name, unique prefix, id@YYYY-MM-DD version, or a document path')
    .argument('<B>', 'the same, for the other side')
    .option('--format <fmt>', `output format: ${FORMATS.join(' | ')} (default: text table, or from --out extension)`)
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--topic <topic>', 'only situations carrying this topic id')
    .option('--data <dir>', 'built data folder (index.json, profiles/)', 'public/data')
    .action(async (a: string, b: string, o: { format?: string; out?: string; topic?: string; data: string }) => {
      const { UserError, chooseFormat, emit, loadAtlasData, resolveProfile } = await import('../../node/atlas-data.ts');
      try {
        const format = chooseFormat(o.format, o.out, FORMATS);
        let data: Promise<Awaited<ReturnType<typeof loadAtlasData>>> | null = null;
        const load = () => (data ??= loadAtlasData(o.data));
        const pa = await resolveProfile(a, load);
        const pb = await resolveProfile(b, load);
        if (pa.id === pb.id && pa.source === pb.source) throw new UserError(`both sides are the same document (${pa.id})`);
        const { compare } = await import('../../compare/index.ts');
        const { renderComparison } = await import('../../report/index.ts');
        const c = compare(pa, pb, { topic: o.topic ?? null });
        await emit(await renderComparison(c, format as 'text'), o.out);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        process.stderr.write(`atlas compare: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
