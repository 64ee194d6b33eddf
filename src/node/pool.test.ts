import { describe, expect, it } from 'vitest';
import { crashLine, crashReason, formatSeconds } from './pool.ts';

describe('crash reasons', () => {
  it('reduce an unhandled rejection to its reason', () => {
    const e = new Error('This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "FormatError: Illegal character: 41".');
    e.name = 'UnhandledPromiseRejection';
    expect(crashReason(e)).toBe('FormatError: Illegal character: 41');
    expect(crashReason(new TypeError('boom'))).toBe('TypeError: boom');
  });

  it('name a JavaScript error as an internal error, without its message', () => {
    expect(crashLine(new TypeError("Cannot read properties of undefined (reading 'cell')"))).toBe('internal error while analysing the document (please report): TypeError (the analysis worker crashed)');
    const e = new Error('The promise rejected with the reason "RangeError: Invalid array length".');
    expect(crashLine(e)).not.toMatch(/Invalid array length/);
    const f = new Error('The promise rejected with the reason "FormatError: Illegal character: 41".');
    expect(crashLine(f)).toBe('analysis crashed (FormatError: Illegal character: 41)');
  });
});

describe('formatSeconds', () => {
  it('prints whole seconds without decimals', () => {
    expect(formatSeconds(30_000)).toBe('30 s');
    expect(formatSeconds(1_500)).toBe('1.5 s');
  });
});
