/** A failure tied to one input file, printed as a single line: "<file>: <reason>". */
export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
  }
}

/** JavaScript's own error types: a bug (ours or a library's), never a message meant for a user. */
const JS_ERRORS = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'InternalError', 'AggregateError']);

/** JavaScript engine messages, which a library may pass on under its own error name. */
export const JS_MESSAGE = /Cannot read propert|Cannot set propert|is not (?:a function|iterable|defined|a constructor)|undefined \(reading|Maximum call stack|Invalid (?:array|string|typed array) length|Unexpected token|Unexpected end of JSON|out of memory/i;

/**
 * An error's message in words fit for a user, or null when it is JavaScript's own text (from a TypeError,
 * or carried across by a library): "Maximum call stack size exceeded" reads as nesting, the rest as null.
 */
export function plainMessage(err: unknown): string | null {
  const m = err && typeof err === 'object' && typeof (err as Error).message === 'string' ? (err as Error).message : typeof err === 'string' ? err : '';
  if (/Maximum call stack|too much recursion/i.test(m)) return 'nested too deeply';
  if (/Invalid (?:array|string|typed array) length|allocation failed|out of memory/i.test(m)) return 'too large';
  if (isInternalError(err) || JS_MESSAGE.test(m)) return null;
  const line = m.split('\n')[0].replace(/\s+/g, ' ').trim();
  return line || null;
}

export function isDocumentError(err: unknown): err is DocumentError {
  return err instanceof DocumentError || (!!err && typeof err === 'object' && (err as Error).name === 'DocumentError' && typeof (err as { reason?: unknown }).reason === 'string');
}

/** True for a TypeError, RangeError, ... : something the code did not anticipate, not a document problem. */
export function isInternalError(err: unknown): boolean {
  return !!err && typeof err === 'object' && typeof (err as Error).name === 'string' && JS_ERRORS.has((err as Error).name);
}

/** The function (and source file:line) of the first stack frame, e.g. "tableIndicators (segment.ts:683)". */
export function errorSite(err: unknown): string | null {
  const stack = err && typeof err === 'object' ? (err as Error).stack : undefined;
  if (typeof stack !== 'string') return null;
  for (const line of stack.split('\n').slice(1)) {
    const m = /^\s*at (?:async )?(?:(\S+) \()?(.*?)(?::(\d+):\d+)?\)?$/.exec(line);
    if (!m) continue;
    const fn = m[1] && m[1] !== '<anonymous>' ? m[1].replace(/^(?:Object|Module)\./, '') : null;
    const file = m[2]?.split(/[\\/]/).pop() ?? '';
    const where = /\.[cm]?ts$/.test(file) && m[3] ? `${file}:${m[3]}` : null;
    if (fn || where) return fn && where ? `${fn} (${where})` : (fn ?? where);
  }
  return null;
}

/**
 * The one-line reason for an error the code did not anticipate, while doing `stage` ("segmenting").
 * It never carries the JavaScript message ("Cannot read properties of undefined ..."); it names the
 * error type and where it happened, so that a report can find it.
 */
export function internalReason(stage: string, err: unknown): string {
  const e = err as Error | null;
  const name = e && typeof e === 'object' && typeof e.name === 'string' && e.name ? e.name : 'error';
  const message = e && typeof e === 'object' && typeof e.message === 'string' ? e.message : String(err);
  if (/maximum call stack|too much recursion/i.test(message)) return `document structure nested too deeply while ${stage}`;
  if (/invalid (?:array|string|typed array) length|allocation failed|out of memory/i.test(message)) return `document too large to finish ${stage}`;
  const site = errorSite(err);
  return `internal error while ${stage} (please report): ${name}${site ? ` in ${site}` : ''}`;
}

/**
 * The one-line reason a user is shown for any error: a DocumentError's own reason; a JavaScript error
 * as an internal error of `stage`; any other error by its first line.
 */
export function userReason(err: unknown, stage = 'processing the document'): string {
  if (isDocumentError(err)) return err.reason;
  if (isInternalError(err)) return internalReason(stage, err);
  const line = plainMessage(err);
  if (!line || line === 'nested too deeply' || line === 'too large') return internalReason(stage, err);
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** Run one stage of the pipeline: anything but a DocumentError becomes a DocumentError naming the stage. */
export async function inStage<T>(source: string, stage: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isDocumentError(err)) throw err;
    const plain = isInternalError(err) ? null : plainMessage(err);
    const known = plain && plain !== 'nested too deeply' && plain !== 'too large' ? plain : null;
    throw new DocumentError(source, known ? `${stage} failed (please report): ${known.length > 200 ? `${known.slice(0, 197)}...` : known}` : internalReason(stage, err));
  }
}
