import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { axeViolations, watchPage } from '../helpers/gates.ts';

const pagePath = '/insights/jazz-and-reliable-systems/scorecard/';
const storageKey = 'setlist:scorecard:ensemble-reliability:v1';
const site = useSite();

async function pdfPages(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

describe('scorecard self-assessment in Chromium', () => {
  it('saves entries on every change and restores them after a reload; exports CSV; prints on one A4 page', async () => {
    const { page } = await site().newPage();
    const log = watchPage(page, site().origin);
    await page.goto(`${site().origin}${pagePath}`);
    await page.getByRole('group', { name: 'Current score (1-5) for Shared Form' }).getByLabel('3').check();
    await page.getByRole('group', { name: 'Current score (1-5) for Contextual Handoff' }).getByLabel('1').check();
    await page.getByLabel('Evidence today Defined owner, boundary, and current signal for shared form').fill('Owners named for 8 of 12 services, "mostly"');
    await page.getByLabel('Next upgrade move One measurable improvement move for contextual handoff').fill('Written handoff at every shift change');

    await page.reload();
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Your saved entries were restored.');
    expect(await page.locator('input[name="score-shared-form"][value="3"]').isChecked()).toBe(true);
    expect(await page.locator('#evidence-shared-form').inputValue()).toBe('Owners named for 8 of 12 services, "mostly"');
    expect(await page.locator('[data-average]').textContent()).toBe('2.0 out of 5');
    expect(await page.locator('[data-first-move]').textContent()).toBe('Contextual Handoff: One measurable improvement move for contextual handoff');
    expect(await page.locator('[data-bar="shared-form"] [data-bar-value]').textContent()).toBe('3/5');
    expect(await page.locator('[data-chart-description]').textContent()).toContain('Shared Form 3; Contextual Handoff 1; Rhythm Stability not scored');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('ensemble-reliability-scorecard.csv');
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]).toEqual(['Capability area', 'Current score (1-5)', 'Evidence today', 'Next upgrade move']);
    expect(rows[1]).toEqual(['Shared Form', '3', 'Owners named for 8 of 12 services, "mostly"', '']);
    expect(rows[2]).toEqual(['Contextual Handoff', '1', '', 'Written handoff at every shift change']);
    expect(rows).toHaveLength(6);

    expect(await pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('imports a JSON export, and refuses an invalid file without overwriting anything', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    await page.getByRole('group', { name: 'Current score (1-5) for Rhythm Stability' }).getByLabel('2').check();
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const json = JSON.parse(readFileSync(await exported.path(), 'utf8'));
    expect(json.areas['rhythm-stability'].score).toBe(2);

    const fileInput = page.locator('input[data-import]');
    await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "something else"}') });
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^The file was not imported: it is not a Setlist scorecard export/);
    expect(await page.locator('input[name="score-rhythm-stability"][value="2"]').isChecked()).toBe(true);

    json.areas['post-set-debrief'] = { score: 5, evidence: 'Reviews within 3 days', nextMove: '' };
    await fileInput.setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Imported team.json.');
    expect(await page.locator('input[name="score-post-set-debrief"][value="5"]').isChecked()).toBe(true);
    expect(await page.locator('#evidence-post-set-debrief').inputValue()).toBe('Reviews within 3 days');
  });

  it('recovers from corrupt storage: tells the reader and lets them start fresh', async () => {
    const { page, context } = await site().newPage();
    await context.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('planted')) {
          localStorage.setItem(key!, '{not json');
          sessionStorage.setItem('planted', '1');
        }
      },
      [storageKey],
    );
    await page.goto(`${site().origin}${pagePath}`);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('The saved scorecard in this browser is damaged and cannot be read.');
    await page.getByRole('button', { name: 'Start fresh' }).click();
    expect(await page.locator('[data-status]').textContent()).toBe('Started fresh: every entry is cleared.');
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
    await page.getByRole('group', { name: 'Current score (1-5) for Shared Form' }).getByLabel('4').check();
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey))!).areas['shared-form'].score).toBe(4);
  });

  it('works when the browser refuses storage, and says entries will not be kept', async () => {
    const { page, context } = await site().newPage();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(`${site().origin}${pagePath}`);
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('This browser does not allow saving');
    await page.getByRole('group', { name: 'Current score (1-5) for Shared Form' }).getByLabel('5').check();
    expect(await page.locator('[data-average]').textContent()).toBe('5.0 out of 5');
  });

  it('without JavaScript is a blank worksheet that prints on one A4 page', async () => {
    const { page } = await site().newPage({ javaScript: false });
    await page.goto(`${site().origin}${pagePath}`);
    expect(await page.locator('[data-tools]').isVisible()).toBe(false);
    expect(await page.locator('fieldset.area').count()).toBe(5);
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(0);
    expect(await pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.worksheet-head').textContent()).toBe('Capability areaCurrent score (1-5)Evidence todayNext upgrade move');
    expect(await page.locator('.worksheet-head').isVisible()).toBe(true);
  });
});
