import { registerCommands } from './commands/index.ts';
import { runProgram } from './run.ts';

/** Run the `atlas` CLI; returns the process exit code. Heavy modules are imported inside each command's action. */
export function main(argv: string[]): Promise<number> {
  return runProgram(argv, registerCommands);
}
