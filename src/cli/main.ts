import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.ts';

/** Run the `atlas` CLI; returns the process exit code. Heavy modules are imported inside each command's action. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('atlas')
    .description('Threshold Atlas: read, compare and map children\'s safeguarding threshold documents')
    .exitOverride()
    .showHelpAfterError();
  registerCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`atlas: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
