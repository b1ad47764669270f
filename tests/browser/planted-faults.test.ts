import { afterAll, describe, expect, it } from 'vitest';
import { openSite } from '../helpers/browser.ts';
import { axeViolations, watchPage } from '../helpers/gates.ts';
import { plantFault } from '../helpers/planted.ts';

const articlePath = '/insights/jazz-and-reliable-systems/';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** Loads the article from a copy of the site with one fault planted, and reports what the gates see. */
async function visitPlanted(edit: (html: string) => string) {
  const planted = plantFault(articlePath, edit);
  cleanups.push(planted.cleanup);
  const site = await openSite(planted.dir);
  try {
    const { page } = await site.newPage();
    const log = watchPage(page, site.origin);
    await page.goto(`${site.origin}${articlePath}`, { waitUntil: 'networkidle' });
    return { log, violations: await axeViolations(page) };
  } finally {
    await site.close();
  }
}

describe('the browser gates catch planted faults', () => {
  it('an image without alt text fails accessibility', async () => {
    const { violations } = await visitPlanted((html) => html.replace('<h1>', '<img src="/favicon.svg" width="32" height="32"><h1>'));
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
  });

  it('an inline script is refused by the Content-Security-Policy, and the refusal is reported', async () => {
    const { log } = await visitPlanted((html) => html.replace('</body>', '<script>document.title = "planted";</script></body>'));
    expect(log.errors).toContainEqual(expect.stringMatching(/Content Security Policy/));
  });

  it('a third-party resource is refused by the CSP and reported', async () => {
    const { log } = await visitPlanted((html) => html.replace('<h1>', '<img src="https://cdn.example.com/pixel.png" alt=""><h1>'));
    expect(log.errors).toContainEqual(expect.stringMatching(/Content Security Policy.*cdn\.example\.com|cdn\.example\.com.*Content Security Policy/));
  });

  it('a third-party request shows in the request log even where no CSP stops it', async () => {
    const { log } = await visitPlanted((html) =>
      html.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '').replace('<h1>', '<img src="https://cdn.example.com/pixel.png" alt=""><h1>'),
    );
    expect(log.foreignRequests).toEqual(['https://cdn.example.com/pixel.png']);
  });
});
