import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas eval`.
export function registerEval(program: Command): void {
  program.command('eval').description('(not built yet)').action(() => {
    process.stderr.write('atlas eval: not built yet\n');
    process.exitCode = 2;
  });
}
