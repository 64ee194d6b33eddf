import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas where`.
export function registerWhere(program: Command): void {
  program.command('where').description('(not built yet)').action(() => {
    process.stderr.write('atlas where: not built yet\n');
    process.exitCode = 2;
  });
}
