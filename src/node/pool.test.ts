import { describe, expect, it } from 'vitest';
import { crashReason, formatSeconds } from './pool.ts';

describe('crash reasons', () => {
  it('reduce an unhandled rejection to its reason', () => {
    const e = new Error('This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "FormatError: Illegal character: 41".');
    e.name = 'UnhandledPromiseRejection';
    expect(crashReason(e)).toBe('FormatError: Illegal character: 41');
    expect(crashReason(new TypeError('boom'))).toBe('TypeError: boom');
  });
});

describe('formatSeconds', () => {
  it('prints whole seconds without decimals', () => {
    expect(formatSeconds(30_000)).toBe('30 s');
    expect(formatSeconds(1_500)).toBe('1.5 s');
  });
});
