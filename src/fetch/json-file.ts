// The JSON files `atlas fetch` keeps (manifest, sources, run state): read with a fallback, written atomically.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../node/atomic.ts';

/** The file's JSON, or `fallback` when it is missing or not valid JSON. */
export async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

/** Pretty-printed JSON, replacing the file only once the new content is whole on disk. */
export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
