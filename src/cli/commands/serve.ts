import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the built app (dist/) with a strict Content-Security-Policy')
    .option('--dir <dir>', 'folder to serve', 'dist')
    .option('--port <n>', 'port (0 = any free port)', '5173')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--review', 'review mode: accept corrections from the app (127.0.0.1 only) into <corpus>/corrections/')
    .option('--corpus <dir>', 'corpus folder whose corrections/ review mode writes to', 'corpus')
    .action(async (o: { dir: string; port: string; host: string; review?: boolean; corpus: string }) => {
      const { promises: fs } = await import('node:fs');
      const path = await import('node:path');
      const { serve } = await import('../../node/serve.ts');
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${o.port}`);
      try {
        await fs.access(path.join(o.dir, 'index.html'));
      } catch {
        throw new Error(`${o.dir}/index.html not found: build the app first (npx vite build)`);
      }
      if (o.review && o.host !== '127.0.0.1' && o.host !== 'localhost') throw new Error('--review listens on 127.0.0.1 only; drop --host');
      let bound: number;
      let server: import('node:http').Server;
      try {
        ({ server, port: bound } = await serve(o.dir, port, o.host, o.review ? { corpus: o.corpus } : undefined));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new Error(code === 'EADDRINUSE' ? `port ${port} is already in use (try --port 0)` : (err as Error).message);
      }
      process.stdout.write(`Threshold Atlas is running at http://${o.review ? '127.0.0.1' : 'localhost'}:${bound}/\n`);
      if (o.review) process.stdout.write(`Review mode: corrections are written to ${path.join(o.corpus, 'corrections')}/ (only from this page, with this run's token)\n`);
      // Keep running until interrupted, then stop listening so the process can exit.
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
}
