import { describe, expect, it } from 'vitest';
import { budgets } from '../../scripts/budgets.ts';
import { themeBeforePaintScript } from '../../src/domain/theme-before-paint.ts';
import { pageWeight } from '../../src/node/page-weight.ts';
import { distDir } from '../helpers/paths.ts';
import { plantFault } from '../helpers/planted.ts';
import { runSetlist } from '../helpers/run.ts';

describe('page weight', () => {
  it('measures HTML, linked CSS and scripts, raw and gzip', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script><script type="application/ld+json">{"a":1}</script></head><body><script>let x = 1;</script></body></html>';
    const weight = pageWeight(html, (asset) => (asset === '/a.css' ? 'body{color:red}' : 'console.log(1)'));
    expect(weight.assets).toEqual(['/a.css', '/b.js']);
    expect(weight.html.raw).toBe(Buffer.byteLength(html));
    expect(weight.css.raw).toBe(15);
    expect(weight.js.raw).toBe('console.log(1)'.length + 'let x = 1;'.length);
    expect(weight.blockingJs.raw).toBe('let x = 1;'.length);
    expect(weight.html.gzip).toBeGreaterThan(0);
  });

  it('counts the fonts a page preloads by their bytes', () => {
    const html =
      '<html><head><link rel="preload" href="/f.woff2" as="font" type="font/woff2" crossorigin><link rel="preload" href="/i.png" as="image"></head></html>';
    const weight = pageWeight(html, (asset) => (asset === '/f.woff2' ? Buffer.alloc(1234) : ''));
    expect(weight.fontBytes).toBe(1234);
    expect(weight.assets).toEqual(['/f.woff2']);
  });

  it('counts the theme script in <head> apart: it is not needed to read', () => {
    const html = `<html><head><script>${themeBeforePaintScript}</script></head><body><script>let x = 1;</script></body></html>`;
    const weight = pageWeight(html, () => '');
    expect(weight.themeJs.raw).toBe(themeBeforePaintScript.length);
    expect(weight.blockingJs.raw).toBe('let x = 1;'.length);
    expect(weight.js.raw).toBe(themeBeforePaintScript.length + 'let x = 1;'.length);
  });

  it('the seed article is within budget and prints its report', () => {
    const result = runSetlist(['size', distDir]);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/HTML\s+[\d.]+ KiB\s+[\d.]+ KiB/);
    expect(result.stdout).toMatch(/CSS\s+[\d.]+ KiB\s+[\d.]+ KiB/);
    expect(result.stdout).toMatch(/JS needed to read\s+0\.0 KiB\s+0\.0 KiB/);
    // The text face, preloaded: a font the page really loads, within its budget.
    expect(result.stdout).toMatch(/Font \(preloaded\)\s+(?!0\.0)[\d.]+ KiB/);
    expect(budgets.articlePage.javascriptBytes).toBe(0);
  });

  it('fails when the article needs JavaScript', () => {
    const planted = plantFault('/insights/jazz-and-reliable-systems/', (html) => html.replace('</body>', '<script>void 0</script></body>'));
    try {
      const result = runSetlist(['size', planted.dir]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        '✗ size: /insights/jazz-and-reliable-systems/: the page runs 6 bytes of classic (blocking) JavaScript; reading an article needs 0',
      );
    } finally {
      planted.cleanup();
    }
  });
});
