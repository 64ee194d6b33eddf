import type { Command } from 'commander';

const FORMATS = ['text', 'md', 'html', 'csv', 'xlsx', 'json'];

export function registerWhere(program: Command): void {
  program
    .command('where')
    .description('where would a described situation sit in each authority? closest indicators, implied band, confidence')
    .argument('<situation>', 'the situation in words, e.g. "13 year old missing overnight twice this month"')
    .option('--in <authorities>', 'comma-separated authority ids or names (default: every authority, latest document)')
    .option('--format <fmt>', `output format: ${FORMATS.join(' | ')}`)
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--limit <n>', 'closest indicators per authority', '3')
    .option('--data <dir>', 'built data folder (index.json, profiles/)', 'public/data')
    .action(async (situation: string, o: { in?: string; format?: string; out?: string; limit: string; data: string }) => {
      const { UserError, chooseFormat, emit, latestProfilesOf, loadAtlasData } = await import('../../node/atlas-data.ts');
      try {
        const format = chooseFormat(o.format, o.out, FORMATS);
        if (!situation.trim()) throw new UserError('describe the situation, e.g. atlas where "bruise on a non-mobile baby"');
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new UserError('--limit must be a positive whole number');
        const data = await loadAtlasData(o.data);
        const ids = o.in?.split(',').map((s) => s.trim()).filter(Boolean);
        const profiles = await latestProfilesOf(data, ids);
        const { where } = await import('../../compare/index.ts');
        const { renderWhere } = await import('../../report/index.ts');
        await emit(await renderWhere(where(situation, profiles, { limit }), format as 'text'), o.out);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        process.stderr.write(`atlas where: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
