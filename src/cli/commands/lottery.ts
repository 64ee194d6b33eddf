import type { Command } from 'commander';

const FORMATS = ['text', 'md', 'html', 'csv', 'xlsx', 'json'];

export function registerLottery(program: Command): void {
  program
    .command('lottery')
    .description('the postcode lottery: per topic and situation, how spread the bands are across authorities')
    .option('--topic <topic>', 'one topic id only')
    .option('--format <fmt>', `output format: ${FORMATS.join(' | ')}`)
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--limit <n>', 'situations listed (most inconsistent first)', '20')
    .option('--data <dir>', 'built data folder (index.json, profiles/)', 'public/data')
    .option('--reviewed-only', 'only authorities whose latest document a person reviewed (atlas serve --review)')
    .action(async (o: { topic?: string; format?: string; out?: string; limit: string; data: string; reviewedOnly?: boolean }) => {
      const { UserError, allProfilesOf, authorityHexes, chooseFormat, emit, loadAtlasData } = await import('../../node/atlas-data.ts');
      try {
        const format = chooseFormat(o.format, o.out, FORMATS);
        const limit = Number(o.limit);
        if (!Number.isInteger(limit) || limit < 0) throw new UserError('--limit must be a whole number (0 = all)');
        const data = await loadAtlasData(o.data);
        const { lottery, neighbourLookup } = await import('../../compare/index.ts');
        const { renderLottery } = await import('../../report/index.ts');
        let profiles = await allProfilesOf(data);
        if (o.reviewedOnly) {
          const { latestProfiles } = await import('../../compare/index.ts');
          const reviewed = new Set(latestProfiles(profiles).filter((p) => p.indicators.some((i) => i.review)).map((p) => p.authorityId));
          if (!reviewed.size) throw new UserError('no authority has reviewed indicators yet (review with `atlas serve --review`)');
          profiles = profiles.filter((p) => reviewed.has(p.authorityId));
        }
        const l = lottery(profiles, { topic: o.topic ?? null, neighbours: neighbourLookup(await authorityHexes(data)) });
        if (o.topic && l.topics.length === 0) throw new UserError(`no indicators on topic "${o.topic}"`);
        await emit(await renderLottery(l, format as 'text', { limit: limit || undefined }), o.out);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        process.stderr.write(`atlas lottery: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
