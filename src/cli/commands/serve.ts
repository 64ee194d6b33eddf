import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas serve`.
export function registerServe(program: Command): void {
  program.command('serve').description('(not built yet)').action(() => {
    process.stderr.write('atlas serve: not built yet\n');
    process.exitCode = 2;
  });
}
