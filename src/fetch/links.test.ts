import { describe, expect, it } from 'vitest';
import { documentLinks, levelLinks, linkDate, pageIsThresholdDocument, readPage, sameSite } from './links.ts';

const URL0 = 'https://www.fenmarsh.example/safeguarding/thresholds';

describe('reading a fictional landing page', () => {
  const page = readPage(`<!DOCTYPE html><html><head><title>Thresholds &amp; levels</title><meta property="article:modified_time" content="2025-03-04T10:00:00Z"></head><body>
    <script>var x = "<a href='/evil.pdf'>threshold</a>";</script>
    <a href="/docs/Fenmarsh-Threshold-Document-v3.pdf">Download</a>
    <a href="/docs/easy-read-threshold.pdf">Threshold document: easy read (PDF)</a>
    <a href="https://fenmarsh.example/docs/poster.pdf" title="Threshold poster">Poster</a>
    <a href="https://other.example/threshold.pdf">Threshold document of a neighbour</a>
    <a href="#top">Back to top</a></body></html>`, URL0);

  it('takes title, date and links (scripts are data, not links)', () => {
    expect(page.title).toBe('Thresholds & levels');
    expect(page.date).toBe('2025-03-04');
    expect(page.links.map((l) => l.url)).not.toContain('https://www.fenmarsh.example/evil.pdf');
    expect(page.links.find((l) => l.text === 'Back to top')!.url).toBe(URL0);
  });

  it('picks the threshold document by its file name when the text says nothing, over lesser versions and other sites', () => {
    const found = documentLinks(page, URL0);
    expect(found[0].url).toBe('https://www.fenmarsh.example/docs/Fenmarsh-Threshold-Document-v3.pdf');
    expect(found.map((l) => l.url)).not.toContain('https://other.example/threshold.pdf');
    expect(sameSite('https://fenmarsh.example/a', URL0)).toBe(true);
  });

  it('takes the parts of a document split in several files together, in order', () => {
    const p = readPage(`<a href="/d/cn-part-2.pdf">Continuum of need part 2 (PDF)</a><a href="/d/cn-part-1.pdf">Continuum of need part 1 (PDF)</a><a href="/d/ar.pdf">Annual report</a>`, URL0);
    expect(documentLinks(p, URL0).map((l) => l.part)).toEqual([1, 2]);
  });

  it('finds level pages from a menu, in level order, and not in-page anchors', () => {
    const menu = readPage(`<nav><a href="/levels/level-3">Level 3 - Targeted</a><a href="/levels/level-1">Level 1: Universal</a><a href="/levels/level-2">Level 2: Early Help</a><a href="/contact">Contact</a></nav>`, URL0);
    expect(levelLinks(menu, URL0).map((l) => l.url.replace(/^.*\//, ''))).toEqual(['level-1', 'level-2', 'level-3']);
    const anchors = readPage(`<a href="#level-1">Level 1</a><a href="#level-2">Level 2</a>`, URL0);
    expect(levelLinks(anchors, URL0)).toEqual([]);
  });

  it('knows a chapter that is itself the document, and dates written in link text', () => {
    expect(pageIsThresholdDocument(readPage('<h1>Threshold guidance</h1><h2>Level 1</h2><p>x</p><h2>Level 2</h2>', URL0))).toBe(true);
    expect(pageIsThresholdDocument(readPage('<h1>Annual report</h1><p>Level 1 of the car park</p>', URL0))).toBe(false);
    expect(linkDate('Threshold document (April 2024)')).toBe('2024-04');
    expect(linkDate('Threshold document, 3 March 2025')).toBe('2025-03-03');
  });
});
