import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas extract`.
export function registerExtract(program: Command): void {
  program.command('extract').description('(not built yet)').action(() => {
    process.stderr.write('atlas extract: not built yet\n');
    process.exitCode = 2;
  });
}
