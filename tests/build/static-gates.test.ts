import { createHash } from 'node:crypto';
import { load } from 'cheerio';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import htmlValidateConfig from '../../.htmlvalidate.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../src/node/built-pages.ts';
import { isExternalUrl } from '../../src/domain/urls.ts';
import { siteConfig } from '../helpers/site-config.ts';
import { distDir } from '../helpers/paths.ts';
import { plantFault } from '../helpers/planted.ts';
import { runSetlist } from '../helpers/run.ts';

// The project's one config, loaded explicitly so scratch copies outside the tree get it too.
const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function plantInArticle(edit: (html: string) => string): string {
  const planted = plantFault('/insights/jazz-and-reliable-systems/', edit);
  cleanups.push(planted.cleanup);
  return planted.dir;
}

async function htmlErrors(root: string): Promise<string[]> {
  const errors: string[] = [];
  for (const page of readBuiltPages(root)) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return errors;
}

function cspProblems(root: string): string[] {
  const problems: string[] = [];
  for (const page of readBuiltPages(root)) {
    const $ = load(page.html);
    const policy = $('meta[http-equiv="content-security-policy"]').attr('content');
    if (!policy) {
      problems.push(`${page.path}: no Content-Security-Policy`);
      continue;
    }
    const scriptSrc =
      policy
        .split(';')
        .map((directive) => directive.trim())
        .find((directive) => directive.startsWith('script-src')) ?? '';
    if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) problems.push(`${page.path}: script-src allows unsafe code: ${scriptSrc}`);
    // Data blocks such as JSON-LD are never executed, so the CSP does not apply to them.
    $('script:not([src])')
      .filter((_, script) => [undefined, 'module', 'text/javascript'].includes($(script).attr('type')))
      .each((_, script) => {
        const hash = `'sha256-${createHash('sha256').update($(script).text()).digest('base64')}'`;
        if (!scriptSrc.includes(hash)) problems.push(`${page.path}: inline script not allowed by its CSP hash list (${hash})`);
      });
  }
  return problems;
}

function unsafeExternalLinks(root: string): string[] {
  return readBuiltPages(root).flatMap((page) => {
    const $ = load(page.html);
    return $('a[href]')
      .filter((_, a) => isExternalUrl(siteConfig, $(a).attr('href') ?? '') && !($(a).attr('rel') ?? '').split(/\s+/).includes('noopener'))
      .map((_, a) => `${page.path}: ${$(a).attr('href')} has no rel="noopener"`)
      .get();
  });
}

describe('valid HTML (html-validate, recommended rules)', () => {
  it('every built page has 0 errors', async () => {
    expect(readBuiltPages(distDir).length).toBeGreaterThanOrEqual(7);
    expect(await htmlErrors(distDir)).toEqual([]);
  });
  it('catches a planted invalid nesting', async () => {
    const dir = plantInArticle((html) => html.replace('<h1>', '<p><div>planted</div></p><h1>'));
    expect(await htmlErrors(dir)).toContainEqual(expect.stringMatching(/^\/insights\/jazz-and-reliable-systems\/:\d+:\d+ /));
  });
});

describe('Content-Security-Policy', () => {
  it('is on every page, with no unsafe script sources, and allows every inline script by hash', () => {
    expect(cspProblems(distDir)).toEqual([]);
  });
  it('catches a planted inline script', () => {
    const dir = plantInArticle((html) => html.replace('</body>', '<script>document.title = "planted";</script></body>'));
    expect(cspProblems(dir)).toEqual([expect.stringContaining('/insights/jazz-and-reliable-systems/: inline script not allowed')]);
  });
});

describe('external links', () => {
  it('carry rel="noopener" (the shipped content has one, in Policy-Gated AI)', () => {
    expect(readBuiltPages(distDir).some((page) => page.html.includes('href="https://www.nist.gov/'))).toBe(true);
    expect(unsafeExternalLinks(distDir)).toEqual([]);
  });
  it('catches a planted external link without it', () => {
    const dir = plantInArticle((html) => html.replace('<h1>', '<a href="https://example.com/">planted</a><h1>'));
    expect(unsafeExternalLinks(dir)).toEqual(['/insights/jazz-and-reliable-systems/: https://example.com/ has no rel="noopener"']);
  });
});

describe('internal links', () => {
  it('the link check passes on the shipped site', () => {
    const result = runSetlist(['check-links', distDir]);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/✓ links: every internal link in \d+ pages resolves/);
  });
  it('names the page and the link of a planted dead link and a dead anchor', () => {
    const dir = plantInArticle((html) => html.replace('<h1>', '<a href="/insights/no-such-article/">dead</a><a href="/insights/#nowhere">anchor</a><h1>'));
    const result = runSetlist(['check-links', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/insights/jazz-and-reliable-systems/  href="/insights/no-such-article/": no built file for /insights/no-such-article/');
    expect(result.stderr).toContain('/insights/jazz-and-reliable-systems/  href="/insights/#nowhere": no element with id "nowhere" on /insights/');
  });
  it('names the page of a planted picture without a source, as an unresolved Markdown image would ship', () => {
    const dir = plantInArticle((html) => html.replace('<h1>', '<img __ASTRO_IMAGE_="{}" alt="Ensemble diagram"><h1>'));
    const result = runSetlist(['check-links', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/insights/jazz-and-reliable-systems/  src="(none)": an <img> with no src: the picture is missing from the page');
  });
});
