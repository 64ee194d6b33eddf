// The one place the browser configures pdf.js: loaded lazily (never in the initial bundle), its worker
// served from our own origin (CSP worker-src 'self'), eval disabled for every document.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let lib: Promise<PdfJs> | null = null;

export function loadPdfjs(): Promise<PdfJs> {
  lib ??= Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('../../extract/pdf/pdfjs.ts')]).then(([m, extractPdf]) => {
    // the same module instance serves rendering here and extraction (src/extract) in the analysis worker
    m.GlobalWorkerOptions.workerSrc = workerUrl;
    extractPdf.configurePdfjs({ workerSrc: workerUrl });
    // Inside the analysis worker, give pdf.js its own nested worker explicitly; otherwise it may fall back to
    // a "fake worker" in this global, whose auto-start would post pdf.js messages to our page.
    if (typeof window === 'undefined' && typeof Worker !== 'undefined' && !m.GlobalWorkerOptions.workerPort) {
      m.GlobalWorkerOptions.workerPort = new Worker(workerUrl, { type: 'module', name: 'pdfjs' });
    }
    return m;
  });
  return lib;
}

export interface RenderedPage {
  width: number;
  height: number;
  /** The highlight box in CSS pixels of the rendered page, or null. */
  box: { left: number; top: number; width: number; height: number } | null;
  pages: number;
}

/** Render one page into a canvas at the given CSS width; map a PDF user-space bbox to the page's pixels. */
export async function renderPdfPage(
  bytes: Uint8Array,
  pageNo: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
  bbox: [number, number, number, number] | null,
): Promise<RenderedPage> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, enableXfa: false, stopAtErrors: false }).promise;
  try {
    const n = Math.min(Math.max(1, pageNo), doc.numPages);
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: cssWidth / base.width });
    const dpr = Math.min(window.devicePixelRatio || 1, 2);
    canvas.width = Math.floor(viewport.width * dpr);
    canvas.height = Math.floor(viewport.height * dpr);
    canvas.style.width = `${viewport.width}px`;
    canvas.style.height = `${viewport.height}px`;
    await page.render({ canvas, viewport, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : undefined }).promise;
    let box: RenderedPage['box'] = null;
    if (bbox) {
      // PDF user space (origin bottom-left) -> viewport pixels (origin top-left); normalise the corners.
      const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(bbox);
      const pad = 3;
      box = { left: Math.min(x0, x1) - pad, top: Math.min(y0, y1) - pad, width: Math.abs(x1 - x0) + 2 * pad, height: Math.abs(y1 - y0) + 2 * pad };
    }
    return { width: viewport.width, height: viewport.height, box, pages: doc.numPages };
  } finally {
    void doc.destroy();
  }
}
