import mammoth from 'mammoth';
import type { Layout } from '../model/index.ts';
import { DocumentError, plainMessage } from '../model/index.ts';
import { guardZip, ZipRejected, type ZipLimits, DEFAULT_ZIP_LIMITS } from './zip-guard.ts';
import { htmlToLayout } from './html.ts';

/** A zip that is not a Word document gets a plain "unsupported" error, not a DOCX one. */
export async function extractDocx(bytes: Uint8Array, source: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<Layout> {
  let entries;
  try {
    entries = await guardZip(bytes, limits);
  } catch (err) {
    if (err instanceof ZipRejected) throw new DocumentError(source, `DOCX rejected: ${err.message}`);
    throw err;
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
    const hint = has('xl/') ? 'an Excel workbook' : has('ppt/') ? 'a PowerPoint file' : has('content.xml') ? 'an OpenDocument file' : 'a zip archive';
    throw new DocumentError(source, `unsupported format (looks like ${hint}, not a Word document)`);
  }
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    // mammoth's node build reads `buffer`, its browser build `arrayBuffer`; JSZip accepts an ArrayBuffer for both.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(
      input,
      // Images are never decoded or embedded: threshold indicators are text.
      {
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
        // Word's Title/Subtitle styles are the document title, not body paragraphs.
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      },
    );
    html = result.value;
    messages = result.messages;
  } catch (err) {
    throw new DocumentError(source, `DOCX could not be read (${plainMessage(err) ?? `the Word reader failed with a ${(err as Error)?.name ?? 'program error'}`})`);
  }
  const layout = htmlToLayout(`<body>${html}</body>`, source, 'docx', 'docx: ');
  const warnings = messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`).slice(0, 5);
  return { ...layout, warnings: [...layout.warnings, ...warnings] };
}
