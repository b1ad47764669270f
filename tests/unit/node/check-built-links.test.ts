import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltLinks } from '../../../src/node/check-built-links.ts';
import { brokenLinksOn, pageLinksOf, scanPage, unreachableTargets } from '../../../src/node/link-check.ts';
import { useScratchSite } from '../../helpers/scratch-site.ts';

const origin = 'https://example.org';
const config = { baseUrl: `${origin}/` };

/** The broken links of a site given as its pages' HTML by file, every page scanned. */
function brokenLinks(site: Record<string, string>, otherFiles: string[] = []) {
  const kept = new Map<string, string>();
  const scans = Object.entries(site).map(([file, html]) => ({ file, scan: scanPage(html, `/${file.replace(/index\.html$/, '')}`, origin) }));
  const exists = new Set([...Object.keys(site), ...otherFiles]);
  const unreachable = unreachableTargets(
    scans.map(({ file, scan }) => ({ file, links: pageLinksOf(scan, kept) })),
    (file) => exists.has(file),
  );
  return scans.flatMap(({ file, scan }) => brokenLinksOn(`/${file.replace(/index\.html$/, '')}`, scan.links, unreachable));
}

describe('the link rules', () => {
  it('name each link that leads to no built file, no id, or a picture without a source, in page order', () => {
    const site = {
      'index.html': [
        '<a href="/insights/a/">a</a>',
        '<a href="/insights/a/#step-2">step</a>',
        '<a href="/insights/a/#nowhere">dead anchor</a>',
        '<a href="#top" id="top">self</a>',
        '<a href="#missing">missing</a>',
        '<p id="100%">raw</p><a href="#100%">as written</a><a href="#TOP">the top of the page</a>',
        '<img alt="x">',
        '<img srcset="/pic.png 1x, /gone.png 2x" src="/pic.png" alt="y">',
        '<a href="/insights/none/">dead</a>',
        '<a href="https://elsewhere.example/">out</a><a href="mailto:a@b.c">mail</a>',
        '<a href="/bad%zz/">bad</a>',
        '<a href="http://exa mple.org/">typo</a>',
      ].join(''),
      'insights/a/index.html':
        '<h2 id="step-2">Step 2</h2><a name="legacy"></a><a href="../../#top">home</a><a href="#legacy">here</a><a href="/#legacy">x</a><constructor x="1"></constructor>',
    };
    expect(brokenLinks(site, ['pic.png']).map(({ page, attribute, link, reason }) => `${page} ${attribute}=${link}: ${reason}`)).toEqual([
      '/ href=/insights/a/#nowhere: no element with id "nowhere" on /insights/a/',
      '/ href=#missing: no element with id "missing" on /',
      '/ src=(none): an <img> with no src: the picture is missing from the page',
      '/ srcset=/gone.png: no built file for /gone.png',
      '/ href=/insights/none/: no built file for /insights/none/',
      '/ href=/bad%zz/: /bad%zz/ is not a valid URL path: a % that starts no escape sequence',
      '/ href=http://exa mple.org/: not a URL that a browser can follow',
      '/insights/a/ href=/#legacy: no element with id "legacy" on /',
    ]);
  });
});

describe('checkBuiltLinks over a built site, keeping each page scan between checks', () => {
  const site = useScratchSite();
  const write = site.write;
  const check = () => checkBuiltLinks(site.dist(), config);

  it('decides every link anew when only the pages it leads to changed', () => {
    write('index.html', '<a href="/insights/a/#step-2">a</a><a href="/insights/b/">b</a>');
    write('insights/a/index.html', '<h2 id="step-2">Step 2</h2>');
    write('insights/b/index.html', '<p>b</p>');
    expect(check()).toEqual({ ok: true, lines: ['✓ links: every internal link in 3 pages resolves'] });
    expect(check().lines).toEqual(['✓ links: every internal link in 3 pages resolves (3 pages unchanged since the last check)']);

    // The home page is unchanged and comes from the kept scans; the ids and files it needs are gone.
    write('insights/a/index.html', '<h2 id="step-two">Step 2</h2>');
    rmSync(join(site.dist(), 'insights', 'b'), { recursive: true });
    expect(check()).toEqual({
      ok: false,
      lines: [
        '✗ links: 2 broken internal links',
        '  /  href="/insights/a/#step-2": no element with id "step-2" on /insights/a/',
        '  /  href="/insights/b/": no built file for /insights/b/',
      ],
    });
  });

  it('scans a changed page again, and starts afresh from a kept file it cannot read', () => {
    write('index.html', '<a href="/insights/a/">a</a>');
    write('insights/a/index.html', '<p>a</p>');
    expect(check().ok).toBe(true);
    write('insights/a/index.html', '<a href="/insights/c/">c</a>');
    expect(check().lines).toEqual(['✗ links: 1 broken internal link', '  /insights/a/  href="/insights/c/": no built file for /insights/c/']);

    writeFileSync(join(site.cache(), 'after-build', 'links.json'), '{"salt": ');
    write('insights/c/index.html', '<p>c</p>');
    expect(check().lines).toEqual(['✓ links: every internal link in 3 pages resolves']);
  });

  it('trusts no kept scan that names a link its page no longer has, and fails no check on a cache it cannot write', () => {
    write('index.html', '<a href="/insights/a/">a</a>');
    write('insights/a/index.html', '<p>a</p>');
    expect(check().ok).toBe(true);
    const keptFile = join(site.cache(), 'after-build', 'links.json');
    const kept = JSON.parse(readFileSync(keptFile, 'utf8')) as { strings: string[]; pages: Record<string, [string, number[], number[]]> };
    kept.pages['index.html']![2].push(kept.strings.push('/insights/gone/') - 1);
    writeFileSync(keptFile, JSON.stringify(kept));
    expect(check().lines).toEqual(['✓ links: every internal link in 2 pages resolves']);

    rmSync(site.cache(), { recursive: true });
    writeFileSync(site.cache(), 'a file where the cache folder should be');
    expect(check().lines).toEqual(['✓ links: every internal link in 2 pages resolves']);
  });

  it('neither lists nor checks the search index written beside it, and checks a page whose name only starts like it', () => {
    write('index.html', '<script src="/pagefind/pagefind-ui.js"></script><a href="/pagefind-tips/">tips</a>');
    write('pagefind/pagefind-ui.html', '<a href="/nowhere/">not checked</a>');
    write('pagefind-tips/index.html', '<a href="/nowhere/">checked</a>');
    expect(check().lines).toEqual(['✗ links: 1 broken internal link', '  /pagefind-tips/  href="/nowhere/": no built file for /nowhere/']);
  });
});
