import type { Command } from 'commander';
import type { PageMeta } from '../../model/index.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract <files...>')
    .description('extract a document\'s level scheme and indicators (PDF, DOCX, HTML, text; format sniffed from the bytes); several files are read as parts of one series (a web page per level)')
    .option('--json', 'print the contract JSON (shared/contract/extract-json.md) on stdout')
    .option('--max-pages <n>', 'stop after this many pages')
    .action(async (files: string[], o: { json?: boolean; maxPages?: string }) => {
      const { readFile } = await import('node:fs/promises');
      const { createHash } = await import('node:crypto');
      const path = await import('node:path');
      const line = (file: string, reason: string) => `atlas extract: ${file}: ${reason.replace(/[\r\n]+/g, ' ')}\n`;
      const fail = (file: string, reason: string) => {
        process.stderr.write(line(file, reason));
        process.exitCode = 1;
      };
      const single = files.length === 1;
      const partErrors: string[] = [];
      const inputs: { bytes: Uint8Array; source: string; meta?: Partial<PageMeta> }[] = [];
      const hashes: string[] = [];
      for (const file of files) {
        try {
          const bytes = new Uint8Array(await readFile(file));
          inputs.push({ bytes, source: file });
          hashes.push(createHash('sha256').update(bytes).digest('hex'));
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `unreadable (${code ?? String(err)})`;
          if (single) return fail(file, reason);
          partErrors.push(line(file, reason));
        }
      }
      const { analyseSeries, toExtractJson } = await import('../../pipeline/index.ts');
      const { DocumentError, userReason } = await import('../../model/index.ts');
      if (!inputs.length) return fail(files.join(', '), `no part of the series could be read (${partErrors.map((l) => l.replace(/^atlas extract: /, '').trim()).join('; ')})`);
      const meta = await manifestMeta(inputs.map((i) => i.source), path, readFile);
      for (const input of inputs) {
        const part = meta.parts.get(path.resolve(input.source));
        if (part) input.meta = part;
      }
      const hash = hashes.length === 1 ? hashes[0] : createHash('sha256').update(hashes.join('\n')).digest('hex');
      let profile;
      try {
        profile = await analyseSeries(inputs, { authorityId: meta.authorityId, authority: meta.authority, version: meta.version, hash }, {
          ...(o.maxPages ? { maxPages: Math.max(1, Number(o.maxPages) | 0) } : {}),
          onPartError: (source, reason) => partErrors.push(line(source, reason)),
          asSeries: !single,
        });
      } catch (err) {
        const reason = userReason(err, 'processing the document');
        if (single) return fail(files[0], reason);
        const inner = /^no part of the series could be read \((.*)\)$/s.exec(reason);
        const all = [...partErrors.filter((l) => !inputs.some((i) => l.startsWith(`atlas extract: ${i.source}: `))).map((l) => l.replace(/^atlas extract: /, '').trim())];
        return fail(files.join(', '), `no part of the series could be read (${[...all, inner ? inner[1] : reason].join('; ')})`);
      }
      // Bad parts cost one line each; the series goes on with the others.
      for (const l of partErrors) process.stderr.write(l);
      for (const w of profile.warnings) {
        if (!single && / \(part left out\)$/.test(w)) continue; // already reported above
        process.stderr.write(`atlas extract: ${single ? files[0] : 'series'}: warning: ${w}\n`);
      }
      if (partErrors.length) process.stderr.write(`atlas extract: warning: ${partErrors.length} of ${files.length} parts left out\n`);
      if (o.json) {
        process.stdout.write(`${JSON.stringify(toExtractJson(profile), null, 2)}\n`);
        return;
      }
      const { formatSummary } = await import('./extract-summary.ts');
      process.stdout.write(formatSummary(profile));
    });
}

type ReadFile = typeof import('node:fs/promises').readFile;

interface ManifestDoc {
  file?: string;
  parts?: { file: string; url?: string; title?: string; date?: string }[];
  authorityId: string;
  authority: string;
  version: string | null;
}

/**
 * Authority name and version from a manifest.json beside the first file, when the file is listed there (as a
 * document's `file` or one of its `parts`); a listed part also gives its url/title/date.
 */
async function manifestMeta(files: string[], path: typeof import('node:path'), readFile: ReadFile) {
  const first = files[0];
  const base = path.basename(first);
  const parts = new Map<string, Partial<PageMeta>>();
  const fallback = { authorityId: base.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'), authority: null as string | null, version: null as string | null, parts };
  try {
    const dir = path.dirname(first);
    const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { documents?: ManifestDoc[] };
    const abs = path.resolve(first);
    const entry = manifest.documents?.find((d) => (d.file && path.resolve(dir, d.file) === abs) || d.parts?.some((p) => path.resolve(dir, p.file) === abs));
    if (entry) {
      for (const p of entry.parts ?? []) parts.set(path.resolve(dir, p.file), { url: p.url, title: p.title, date: p.date });
      return { authorityId: entry.authorityId, authority: entry.authority, version: entry.version ?? null, parts };
    }
  } catch {
    // no manifest: fall back to the file name and the document's own title
  }
  return fallback;
}
