import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlText.ts';

describe('htmlToText', () => {
  it('keeps visible text with block breaks, drops scripts and styles, decodes entities', () => {
    const t = htmlToText('<html><head><title>x</title><style>p{}</style></head><body><h2>Level 2</h2><ul><li>Child &amp; family</li><li style="color:red">Second<script>alert(1)</script></li></ul></body></html>');
    expect(t).toBe('Level 2\n\nChild & family\n\nSecond');
    expect(t).not.toContain('alert');
  });
});
