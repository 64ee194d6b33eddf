/** See bundle.mjs: file of the cached plain-JS bundle of `entry`, or null (fall back to tsx). */
export function bundled(name: string, entry: string): Promise<string | null>;
