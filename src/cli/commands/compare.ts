import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas compare`.
export function registerCompare(program: Command): void {
  program.command('compare').description('(not built yet)').action(() => {
    process.stderr.write('atlas compare: not built yet\n');
    process.exitCode = 2;
  });
}
