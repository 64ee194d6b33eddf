import { Command, CommanderError } from 'commander';

/** Run the `atlas` program with the given subcommands; returns the process exit code. */
export async function runProgram(argv: string[], register: (program: Command) => void): Promise<number> {
  const program = new Command('atlas')
    .description('Threshold Atlas: read, compare and map children\'s safeguarding threshold documents')
    .exitOverride()
    .showHelpAfterError();
  register(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    process.stderr.write(`atlas: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
