import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas ingest`.
export function registerIngest(program: Command): void {
  program.command('ingest').description('(not built yet)').action(() => {
    process.stderr.write('atlas ingest: not built yet\n');
    process.exitCode = 2;
  });
}
