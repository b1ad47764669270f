import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA, including the A and AA rules of earlier versions. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs axe-core inside the page (evaluated through the DevTools protocol, so the CSP stays intact). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  }, wcagTags);
}

export interface PageLog {
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  /** Console errors, including the browser's Content-Security-Policy refusals, and page errors. */
  errors: string[];
}

/** Records what a page does while it loads: where it sends requests and what it complains about. */
export function watchPage(page: Page, siteOrigin: string): PageLog {
  const log: PageLog = { foreignRequests: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${siteOrigin}/`) && !url.startsWith('data:')) log.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  return log;
}
