// Site chrome on procedures-manual and council web pages: dropped before blocks are built.
// Data, not logic: tweak the vocabularies here.

/** Elements never read: code, styling, templates, embedded objects, forms. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'form', 'button', 'select', 'textarea', 'input', 'option', 'nav', 'aside', 'footer', 'dialog', 'map',
]);

/** ARIA roles of navigation chrome. */
export const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'tooltip', 'menu', 'menubar']);

/** Class/id tokens of navigation chrome (matched as a whole token or a dash/underscore-separated part). */
export const CHROME_WORDS = [
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'sidebar', 'footer', 'cookie', 'cookies',
  'skip', 'skiplink', 'skiplinks', 'masthead', 'toolbar', 'pagination', 'pager', 'share', 'social', 'search',
  'banner', 'related', 'toc', 'tooltip', 'popover', 'sr', 'visually', 'print-only', 'feedback',
];

/** Block-level elements: text inside them is a separate block from text around them. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'header', 'blockquote', 'address', 'figure', 'figcaption',
  'caption', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'hr', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'fieldset', 'legend', 'center',
]);

/** Leading glyphs that mark a paragraph as a bullet item. */
export const BULLET_GLYPH = /^(?:[•·▪▫◦‣⁃●○■□◆◇➢➤►▶▸✓✔✗✘*]|[-–](?=\s))\s*/u;
