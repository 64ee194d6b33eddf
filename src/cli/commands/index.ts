import type { Command } from 'commander';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerEval } from './eval.ts';
import { registerCompare } from './compare.ts';
import { registerWhere } from './where.ts';
import { registerLottery } from './lottery.ts';
import { registerFetch } from './fetch.ts';
import { registerServe } from './serve.ts';
import { registerReview } from './review.ts';

/** Every subcommand lives in its own file; each lazy-imports what it needs inside its action. */
export function registerCommands(program: Command): void {
  registerExtract(program);
  registerIngest(program);
  registerEval(program);
  registerCompare(program);
  registerWhere(program);
  registerLottery(program);
  registerFetch(program);
  registerServe(program);
  registerReview(program);
}
