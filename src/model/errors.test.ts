import { describe, expect, it } from 'vitest';
import { DocumentError, errorSite, inStage, internalReason, isInternalError, userReason } from './errors.ts';

function typeError(): TypeError {
  try {
    const rows: { cell: string }[] = [];
    return rows[3].cell as never;
  } catch (e) {
    return e as TypeError;
  }
}

describe('internal errors never reach a user as JavaScript text', () => {
  it('names the stage, the error type and where, not the message', () => {
    const e = typeError();
    expect(isInternalError(e)).toBe(true);
    const r = internalReason('segmenting', e);
    expect(r).toMatch(/^internal error while segmenting \(please report\): TypeError in typeError \(errors\.test\.ts:\d+\)$/);
    expect(r).not.toMatch(/Cannot read|undefined/);
    expect(errorSite(e)).toMatch(/^typeError \(errors\.test\.ts:\d+\)$/);
  });

  it('says what a stack overflow or an allocation failure means', () => {
    expect(internalReason('segmenting', new RangeError('Maximum call stack size exceeded'))).toBe('document structure nested too deeply while segmenting');
    expect(internalReason('tagging indicators', new RangeError('Invalid array length'))).toBe('document too large to finish tagging indicators');
  });

  it('keeps a DocumentError reason and the first line of other errors', () => {
    expect(userReason(new DocumentError('a.pdf', 'empty file (0 bytes)'))).toBe('empty file (0 bytes)');
    expect(userReason(new Error('a.json: not valid JSON\nmore'))).toBe('a.json: not valid JSON');
    expect(userReason(typeError(), 'comparing')).toMatch(/^internal error while comparing \(please report\): TypeError/);
    expect(userReason(undefined)).toMatch(/^internal error while processing the document/);
  });

  it('inStage turns anything but a DocumentError into a DocumentError naming the stage', async () => {
    await expect(inStage('x.pdf', 'segmenting', () => 3)).resolves.toBe(3);
    const doc = new DocumentError('x.pdf', 'no recognisable levels of need');
    await expect(inStage('x.pdf', 'segmenting', () => { throw doc; })).rejects.toBe(doc);
    const err = await inStage('x.pdf', 'segmenting', () => { throw typeError(); }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DocumentError);
    expect((err as DocumentError).reason).toMatch(/^internal error while segmenting \(please report\): TypeError/);
    const lib = await inStage('x.pdf', 'reading the document', async () => { throw new Error('bad thing'); }).catch((e: unknown) => e);
    expect((lib as DocumentError).reason).toBe('reading the document failed (please report): bad thing');
  });
});

describe('messages passed on by a library', () => {
  it('are not shown when they are JavaScript text', async () => {
    const { plainMessage } = await import('./errors.ts');
    const wrapped = Object.assign(new Error("Cannot read properties of undefined (reading 'cell')"), { name: 'UnknownErrorException' });
    expect(plainMessage(wrapped)).toBeNull();
    expect(userReason(wrapped, 'reading the PDF')).toMatch(/^internal error while reading the PDF \(please report\): UnknownErrorException/);
    expect(plainMessage(new Error('Maximum call stack size exceeded'))).toBe('nested too deeply');
    expect(userReason(new Error('Maximum call stack size exceeded'), 'reading the PDF')).toBe('document structure nested too deeply while reading the PDF');
    expect(plainMessage(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }))).toBe('Invalid PDF structure.');
  });
});
