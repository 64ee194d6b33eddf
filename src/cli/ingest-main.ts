import { registerIngest } from './commands/ingest.ts';
import { runProgram } from './run.ts';

/**
 * `atlas ingest` alone: the entry bin/atlas.mjs bundles for that command, so that the bundle holds
 * only the ingest path (edits to the pipeline's stages do not invalidate it).
 */
export function main(argv: string[]): Promise<number> {
  return runProgram(argv, registerIngest);
}
