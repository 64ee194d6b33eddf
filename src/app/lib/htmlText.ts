// Plain text of an HTML document for the evidence view (shared with src/review so selection offsets agree in Node).
export { htmlToText } from '../../review/source-text.ts';
