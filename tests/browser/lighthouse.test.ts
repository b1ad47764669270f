/**
 * Lighthouse scores 100 in performance, accessibility, best practices and SEO on one page of each
 * type of the fixture site, as a phone sees it (tests/helpers/lighthouse.ts).
 */
import { describe, expect, it } from 'vitest';
import { missingPageAudits, useLighthouse } from '../helpers/lighthouse.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { distDir } from '../helpers/paths.ts';

const auditPage = useLighthouse(() => distDir);

describe('Lighthouse (mobile)', () => {
  it.each(pageTypes.filter((page) => page.status !== 404))(
    'scores 100 in every category on the $name page ($path), with nothing moving as it loads',
    async ({ path }) => {
      const { lhr, problems } = await auditPage(path);
      expect(problems, `Lighthouse on ${path}`).toEqual([]);
      // Not only a score of 100: a shift Lighthouse shows as 0, the text face's arrival included.
      expect(lhr.audits['cumulative-layout-shift']?.displayValue, `layout shift on ${path}`).toBe('0');
    },
  );

  it.each(pageTypes.filter((page) => page.status === 404))('scores 100 on the $name page ($path) but for what a missing page must fail', async ({ path }) => {
    const { lhr, problems } = await auditPage(path, { missingPage: true });
    expect(problems, `Lighthouse on ${path}`).toEqual([]);
    // It fails those for the right reasons only: a 404 status, noindex, and no console error but that 404.
    expect(missingPageAudits.map((id) => [id, lhr.audits[id]?.score])).toEqual(missingPageAudits.map((id) => [id, 0]));
    const consoleErrors = (lhr.audits['errors-in-console']?.details as { items: { description: string }[] }).items;
    expect(consoleErrors.map((item) => item.description)).toEqual([expect.stringMatching(/status of 404/)]);
  });
});
