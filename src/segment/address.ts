// The words of a page's address, for pages whose level or title is only in their URL.

/** "/thresholds/level-3-intensive/" -> ["Level 3 Intensive", "Thresholds"] (last segment first). */
export function addressWords(url: string): string[] {
  let pathPart = url.trim();
  try {
    pathPart = new URL(pathPart, 'https://x.invalid/').pathname;
  } catch {
    // not a URL: read it as a path
  }
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // keep it encoded
  }
  return decoded
    .split('/')
    .map((s) => s.replace(/\.(?:html?|aspx?|php|md|txt)$/i, '').replace(/[-_+.]+/g, ' ').trim())
    .filter((s) => s && /[a-z]/i.test(s) && s.length <= 90)
    .reverse()
    .map((s) => s.split(/\s+/).map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(' '));
}
