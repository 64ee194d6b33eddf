// Bundle fixture: a bundled module must still see its own source location.
export const here = import.meta.url;
export const sibling = new URL('./fake-analyser.ts', import.meta.url).href;
