import type { Command } from 'commander';

// PLACEHOLDER: replaced by the issue that builds `atlas lottery`.
export function registerLottery(program: Command): void {
  program.command('lottery').description('(not built yet)').action(() => {
    process.stderr.write('atlas lottery: not built yet\n');
    process.exitCode = 2;
  });
}
