// The one module that imports and configures pdf.js. The browser app sets the worker here
// (configurePdfjs({ workerSrc })); node needs only the standard font folder, found once below.
import { restoreNatives } from '../natives.ts';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
export const OPS = pdfjs.OPS;
export const PDFWorker = pdfjs.PDFWorker;
export const DrawOPS = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

interface PdfjsConfig {
  /** Folder of pdf.js standard font data, with trailing slash (a path in node, a URL in the browser). */
  standardFontDataUrl?: string;
  /** Worker script URL for the browser. */
  workerSrc?: string;
}

const config: PdfjsConfig = { standardFontDataUrl: nodeStandardFonts() };

export function configurePdfjs(c: PdfjsConfig): void {
  Object.assign(config, c);
  if (c.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = c.workerSrc;
}

/** The only node-specific bit: locate pdfjs-dist/standard_fonts/ as a file path. */
function nodeStandardFonts(): string | undefined {
  const g = globalThis as { process?: { versions?: { node?: string } } };
  if (!g.process?.versions?.node) return undefined;
  // Paths held in variables so that bundlers do not try to treat them as assets.
  const fromPackage = '../../standard_fonts/';
  const fromHere = '../../../../node_modules/pdfjs-dist/standard_fonts/';
  try {
    const main = import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    return decodeURIComponent(new URL(fromPackage, main).pathname);
  } catch {
    return decodeURIComponent(new URL(fromHere, import.meta.url).pathname);
  }
}

restoreNatives();

/** Makes a pdf.js worker for one document (node: src/node/pdf-port.ts); null leaves it to pdf.js. */
type WorkerFactory = () => pdfjs.PDFWorker | null;
let workerFactory: WorkerFactory | null = null;

/** Every document opened after this call gets a worker from `f`, destroyed with the document (null: pdf.js's own). */
export function setPdfWorkerFactory(f: WorkerFactory | null): void {
  workerFactory = f;
}

/** Open a PDF safely: no eval, no font faces, no system fonts, no network. */
export function openPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  restoreNatives();
  const worker = workerFactory?.() ?? null;
  const task = pdfjs.getDocument({
    ...(worker ? { worker } : {}),
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    disableAutoFetch: true,
    disableStream: true,
    standardFontDataUrl: config.standardFontDataUrl,
    verbosity: 0,
  });
  if (worker) {
    // pdf.js ends only the workers it made itself: this one ends with the document.
    const destroy = task.destroy.bind(task);
    task.destroy = async () => {
      try {
        await destroy();
      } finally {
        worker.destroy();
      }
    };
  }
  return task;
}

export { restoreNatives };

export function isPasswordError(e: unknown): boolean {
  return (e as { name?: string })?.name === 'PasswordException';
}
