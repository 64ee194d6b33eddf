// pdf.js's legacy build (the one that runs on Node 20) installs core-js polyfills over three hot built-ins, for
// features the atlas never uses: Array.prototype.push (a V8 quirk with non-writable lengths), JSON.parse (source
// text access) and JSON.stringify (JSON.rawJSON). Their JavaScript versions made every push of every stage
// several times slower (about a tenth of an ingest's CPU time). This module is evaluated before pdf.js loads
// (extract/index.ts imports it statically; pdf.js is imported on first use), keeps the built-ins, and
// restoreNatives() puts them back after pdf.js and its worker module have loaded. Same results, faster.
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

/** Put back the built-ins taken before pdf.js loaded (a no-op when nothing replaced them). */
export function restoreNatives(): void {
  if (Array.prototype.push !== NATIVE.push) Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  if (JSON.parse !== NATIVE.parse) Object.defineProperty(JSON, 'parse', { value: NATIVE.parse, writable: true, configurable: true, enumerable: false });
  if (JSON.stringify !== NATIVE.stringify) Object.defineProperty(JSON, 'stringify', { value: NATIVE.stringify, writable: true, configurable: true, enumerable: false });
}
