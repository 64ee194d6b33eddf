import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas fetch`.
export function registerFetch(program: Command): void {
  program.command('fetch').description('(not built yet)').action(() => {
    process.stderr.write('atlas fetch: not built yet\n');
    process.exitCode = 2;
  });
}
