import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program
    .command('extract <file>')
    .description('extract one document\'s level scheme and indicators (PDF, DOCX, HTML, text; format sniffed from the bytes)')
    .option('--json', 'print the contract JSON (shared/contract/extract-json.md) on stdout')
    .option('--max-pages <n>', 'stop after this many pages')
    .action(async (file: string, o: { json?: boolean; maxPages?: string }) => {
      const { readFile } = await import('node:fs/promises');
      const { createHash } = await import('node:crypto');
      const path = await import('node:path');
      const fail = (reason: string) => {
        process.stderr.write(`atlas extract: ${file}: ${reason}\n`);
        process.exitCode = 1;
      };
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        return fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `unreadable (${code ?? String(err)})`);
      }
      const { analyse, toExtractJson } = await import('../../pipeline/index.ts');
      const { userReason } = await import('../../model/index.ts');
      const meta = await manifestMeta(file, path, readFile);
      const hash = createHash('sha256').update(bytes).digest('hex');
      let profile;
      try {
        profile = await analyse(bytes, file, { ...meta, hash }, o.maxPages ? { maxPages: Math.max(1, Number(o.maxPages) | 0) } : {});
      } catch (err) {
        return fail(userReason(err, 'processing the document'));
      }
      let out: string;
      try {
        if (o.json) out = `${JSON.stringify(toExtractJson(profile), null, 2)}\n`;
        else out = (await import('./extract-summary.ts')).formatSummary(profile);
      } catch (err) {
        return fail(userReason(err, 'printing the result'));
      }
      for (const w of profile.warnings) process.stderr.write(`atlas extract: ${file}: warning: ${w}\n`);
      process.stdout.write(out);
    });
}

type ReadFile = typeof import('node:fs/promises').readFile;

/** Authority name and version from a manifest.json beside the file, when the file is listed there. */
async function manifestMeta(file: string, path: typeof import('node:path'), readFile: ReadFile) {
  const base = path.basename(file);
  const fallback = { authorityId: base.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'), authority: null, version: null };
  try {
    const dir = path.dirname(file);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { documents?: { file: string; authorityId: string; authority: string; version: string | null }[] };
    const abs = path.resolve(file);
    const entry = manifest.documents?.find((d) => path.resolve(dir, d.file) === abs);
    if (entry) return { authorityId: entry.authorityId, authority: entry.authority, version: entry.version ?? null };
  } catch {
    // no manifest: fall back to the file name and the document's own title
  }
  return fallback;
}
