// Plain-JS bundles of our TypeScript entry points, built with esbuild on first use and cached under
// .cache/build/ keyed by the hash of every source file they contain. They let the warm `atlas ingest`
// start without tsx (its loader thread costs ~0.5 s) and the analysis workers run without a tsx
// loader each (less memory, faster start). Plain JS because bin/atlas.mjs uses it before tsx exists.
// Packages stay external (resolved from node_modules at run time); each source file's import.meta.url
// is replaced by its original URL so relative `new URL(..., import.meta.url)` keep pointing into src/.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BUILD_DIR = path.join(ROOT, '.cache', 'build');
/** Bump when the build options below change. */
const FORMAT = 'bundle-1';

async function hashInputs(inputs) {
  const h = createHash('sha256').update(FORMAT);
  for (const rel of inputs) h.update(rel).update('\0').update(await fs.readFile(path.join(ROOT, rel))).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The cached bundle's entry file if every input is unchanged, else null. */
async function current(name) {
  try {
    const rec = JSON.parse(await fs.readFile(path.join(BUILD_DIR, `${name}.json`), 'utf8'));
    if ((await hashInputs(rec.inputs)) !== rec.hash) return null;
    const file = path.join(BUILD_DIR, rec.dir, rec.entry);
    await fs.access(file);
    // Marks the build as in use, so that removeOld() spares it.
    const now = new Date();
    await fs.utimes(path.join(BUILD_DIR, rec.dir), now, now).catch(() => undefined);
    return file;
  } catch {
    return null;
  }
}

const keepSourceUrls = {
  name: 'keep-source-urls',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await fs.readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: args.path.endsWith('ts') ? 'ts' : 'js' };
    });
  },
};

async function build(name, entry) {
  const esbuild = await import('esbuild');
  const tmp = path.join(BUILD_DIR, `${name}-tmp-${process.pid}-${Date.now()}`);
  const result = await esbuild.build({
    entryPoints: { [name]: path.join(ROOT, entry) },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: tmp,
    absWorkingDir: ROOT,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'silent',
    plugins: [keepSourceUrls],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => path.relative(ROOT, path.resolve(ROOT, p)).split(path.sep).join('/'))
    .sort();
  const hash = await hashInputs(inputs);
  const dir = `${name}-${hash}`;
  try {
    await fs.rename(tmp, path.join(BUILD_DIR, dir));
  } catch {
    await fs.rm(tmp, { recursive: true, force: true }); // another process built the same bundle first
  }
  const recTmp = path.join(BUILD_DIR, `${name}.json.${process.pid}.tmp`);
  await fs.writeFile(recTmp, JSON.stringify({ hash, dir, entry: `${name}.mjs`, inputs }));
  await fs.rename(recTmp, path.join(BUILD_DIR, `${name}.json`));
  await removeOld(name, dir);
  return path.join(BUILD_DIR, dir, `${name}.mjs`);
}

/** Earlier builds of `name` unused for an hour (a running ingest may still start workers from a recent one). */
async function removeOld(name, keep) {
  const hourAgo = Date.now() - 3600_000;
  for (const d of await fs.readdir(BUILD_DIR)) {
    if (d === keep || !d.startsWith(`${name}-`)) continue;
    const p = path.join(BUILD_DIR, d);
    const st = await fs.stat(p).catch(() => null);
    if (st?.isDirectory() && st.mtimeMs < hourAgo) await fs.rm(p, { recursive: true, force: true });
  }
}

/**
 * File of the plain-JS bundle of `entry` (a path relative to the repository root), built if missing or
 * stale; null when it cannot be built (callers fall back to tsx). ATLAS_NO_BUNDLE=1 disables bundles.
 */
export async function bundled(name, entry) {
  if (process.env.ATLAS_NO_BUNDLE === '1') return null;
  try {
    await fs.mkdir(BUILD_DIR, { recursive: true });
    return (await current(name)) ?? (await build(name, entry));
  } catch {
    return null;
  }
}
