// Worker thread entry. Node 20 cannot start a worker from a .ts file (execArgv `--import tsx` is not
// applied to the worker's entry), so this plain module registers tsx's loader and then imports the
// TypeScript worker named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
