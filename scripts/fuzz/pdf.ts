// A tiny hand-written PDF writer for the fuzz corpus: exact control over objects, xref and trailer,
// so broken structures can be produced on purpose (pdf-lib would refuse or repair them).

export interface RawPdf {
  /** Object bodies; object n is objects[n - 1]. */
  objects: (string | Uint8Array)[];
  /** Extra trailer entries, e.g. "/Encrypt 9 0 R /ID [<..><..>]". */
  trailerExtra?: string;
}

const enc = new TextEncoder();

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function stream(dict: string, data: Uint8Array | string): Uint8Array {
  const body = typeof data === 'string' ? enc.encode(data) : data;
  return concat([enc.encode(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, enc.encode('\nendstream')]);
}

/** Serialise with a correct classic xref table. */
export function writePdf(pdf: RawPdf): Uint8Array {
  const parts: Uint8Array[] = [enc.encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  pdf.objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = concat([enc.encode(`${i + 1} 0 obj\n`), typeof body === 'string' ? enc.encode(body) : body, enc.encode('\nendobj\n')]);
    parts.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${pdf.objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(enc.encode(`${xref}trailer\n<< /Size ${pdf.objects.length + 1} /Root 1 0 R ${pdf.trailerExtra ?? ''} >>\nstartxref\n${offset}\n%%EOF\n`));
  return concat(parts);
}

function escapeText(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Content stream drawing lines of text top-down with Helvetica. */
export function textContent(lines: string[], size = 11): string {
  const ops = ['BT', `/F1 ${size} Tf`, `${size * 1.4} TL`, '60 780 Td'];
  for (const l of lines) ops.push(`(${escapeText(l)}) '`);
  ops.push('ET');
  return ops.join('\n');
}

/** A well-formed text PDF: one page per entry of `pages` (each a list of lines). */
export function textPdf(pages: string[][], trailerExtra?: string): Uint8Array {
  const n = pages.length;
  // 1 catalog, 2 pages, 3 font, then page/content pairs
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objects: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  pages.forEach((lines, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objects.push(stream('', textContent(lines)));
  });
  return writePdf({ objects, trailerExtra });
}
