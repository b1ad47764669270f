/**
 * Lighthouse, as a phone sees a built site (its default config: mobile screen, simulated slow 4G
 * and a slower CPU), for the tests that ask it for 100 in performance, accessibility, best
 * practices and SEO. One Chromium for a test file's pages, audited one after another, so the
 * timings of one page are not taken while another loads.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { afterAll, beforeAll } from 'vitest';
import { chromiumFlags, requireChromium, serveSite } from '../../src/node/chromium.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * What a missing page must do and Lighthouse counts against it: answer 404, keep itself out of
 * search indexes (noindex), and (Chromium's doing) log that 404 as a console error. On the 404
 * page these audits must fail, for those reasons only; everything else scores 100.
 */
export const missingPageAudits = ['http-status-code', 'is-crawlable', 'errors-in-console'];

async function audit(port: number, url: string, missingPage: boolean): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    onlyCategories: categories,
    logLevel: 'error',
    // Lighthouse refuses to audit a page that answers 404 unless told that it is meant to.
    ignoreStatusCode: missingPage,
    // The full-page picture is for the HTML report, which this test does not write; no category uses it.
    disableFullPageScreenshot: true,
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/** A category's score out of 100 without the `exempt` audits, weighted as Lighthouse weighs them. */
function categoryScore(lhr: Result, category: Result.Category, exempt: string[]): number | null {
  const counted = category.auditRefs.filter((ref) => ref.weight > 0 && !exempt.includes(ref.id));
  if (counted.some((ref) => lhr.audits[ref.id]?.score === null)) return null;
  const weight = counted.reduce((sum, ref) => sum + ref.weight, 0);
  const total = counted.reduce((sum, ref) => sum + ref.weight * (lhr.audits[ref.id]?.score ?? 0), 0);
  return Math.round((total / weight) * 100);
}

/** For the metrics that name what caused them, the audit whose table names the elements. */
const culpritAudits: Record<string, string> = {
  'cumulative-layout-shift': 'layout-shifts',
  'largest-contentful-paint': 'largest-contentful-paint-element',
};

/** The CSS selectors of the elements an audit's details name, however deep its tables nest. */
function selectorsIn(details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const { node, items } = details as { node?: { selector?: string }; items?: unknown[] };
  return [...(node?.selector ? [node.selector] : []), ...(items ?? []).flatMap(selectorsIn)];
}

interface Shortfall {
  category: string;
  /** The category's score and the audits that cost it points, worst first: what to fix. */
  message: string;
}

/** Each category below 100. */
function shortfalls(lhr: Result, exempt: string[]): Shortfall[] {
  return categories.flatMap((id) => {
    const category = lhr.categories[id];
    if (!category) return [{ category: id, message: `${id}: not in the report` }];
    const points = categoryScore(lhr, category, exempt);
    if (points === 100) return [];
    const lost = (ref: Result.AuditRef) => ref.weight * (1 - (lhr.audits[ref.id]?.score ?? 0));
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0 && !exempt.includes(ref.id) && lost(ref) > 0)
      .sort((a, b) => lost(b) - lost(a))
      .map((ref) => {
        const { title, score: auditScore, displayValue, errorMessage } = lhr.audits[ref.id]!;
        const culprits = selectorsIn(lhr.audits[culpritAudits[ref.id] ?? '']?.details);
        const detail = [
          displayValue,
          errorMessage,
          auditScore === null ? 'not scored' : `score ${auditScore}`,
          culprits.length && `elements: ${culprits.join(', ')}`,
        ]
          .filter(Boolean)
          .join(', ');
        return `${title} (${detail})`;
      });
    return [{ category: id, message: `${category.title} ${points ?? 'could not be scored'}: ${failing.join('; ')}` }];
  });
}

/**
 * Lighthouse's timings vary with the machine's load, which only ever makes a page look slower:
 * a page short on performance alone is audited again, up to this many runs in all, and passes
 * if one run scores 100 everywhere.
 */
const maxRuns = 3;

/**
 * Lighthouse over the site built in `root` for one test file: Chromium and the site are started
 * before its first test and stopped after its last. The returned function audits a page.
 */
export function useLighthouse(root: () => string): (path: string, options?: { missingPage?: boolean }) => Promise<{ lhr: Result; problems: string[] }> {
  let chrome: LaunchedChrome | undefined;
  let site: Awaited<ReturnType<typeof serveSite>> | undefined;
  beforeAll(async () => {
    [chrome, site] = await Promise.all([
      launch({ chromePath: requireChromium(), chromeFlags: ['--headless', ...chromiumFlags], logLevel: 'error' }),
      serveSite(root()),
    ]);
  });
  afterAll(async () => {
    chrome?.kill();
    await site?.close();
  });

  /** Audits the page until it scores 100 (or `maxRuns` runs fall short on performance); the last run and what it fell short on. */
  async function auditPage(path: string, { missingPage = false } = {}): Promise<{ lhr: Result; problems: string[] }> {
    if (!chrome || !site) throw new Error('Chromium did not start');
    const exempt = missingPage ? missingPageAudits : [];
    const runs: string[] = [];
    for (;;) {
      const lhr = await audit(chrome.port, `${site.origin}${path}`, missingPage);
      const found = shortfalls(lhr, exempt);
      const retry = found.length > 0 && found.every((shortfall) => shortfall.category === 'performance') && runs.length + 1 < maxRuns;
      runs.push(`run ${runs.length + 1}: ${found.length ? found.map((shortfall) => shortfall.message).join(' | ') : 'all 100'}`);
      if (!retry) return { lhr, problems: found.length ? runs : [] };
    }
  }
  return auditPage;
}
