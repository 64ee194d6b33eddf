import { Command, CommanderError } from 'commander';
import { userReason } from '../model/errors.ts';

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
    // Commands report their own failures; anything reaching here was not anticipated. One line, never a
    // JavaScript message: "atlas compare: internal error while running compare (please report): TypeError in ...".
    const cmd = argv.slice(2).find((a) => !a.startsWith('-'));
    const known = cmd && program.commands.some((c) => c.name() === cmd) ? cmd : null;
    process.stderr.write(`atlas${known ? ` ${known}` : ''}: ${userReason(err, known ? `running ${known}` : 'starting')}\n`);
    return 1;
  }
}
