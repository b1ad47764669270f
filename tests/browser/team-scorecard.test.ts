import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, storageKey, toJson, type TemplateForAssessment } from '../../src/domain/assessment.ts';
import { resultLinkFragment } from '../../src/domain/result-link.ts';
import { teamStorageKey } from '../../src/domain/team-view.ts';
import { useSite } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/gates.ts';

const pagePath = '/insights/jazz-and-reliable-systems/scorecard/';
const site = useSite();

async function templateOf(page: Page): Promise<TemplateForAssessment> {
  return JSON.parse((await page.locator('[data-worksheet]').getAttribute('data-template'))!) as TemplateForAssessment;
}

/** One person's JSON export, as "Export JSON" writes it, with these scores in area order. */
function exportOf(template: TemplateForAssessment, scores: (number | null)[], name: string) {
  const assessment = emptyAssessment(template);
  template.areas.forEach((area, index) => (assessment.areas[area.id] = { score: scores[index] ?? null, evidence: '', nextMove: '' }));
  return { name, mimeType: 'application/json', buffer: Buffer.from(toJson(assessment)) };
}

const rowsOf = (page: Page) =>
  page.locator('.team-table tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? '')));
const stored = (page: Page, key: string) => page.evaluate((entry) => localStorage.getItem(entry), key);

describe('team view of a scorecard', () => {
  it("merges three people's exports: scores, mean, spread, disagreements first; refuses another scorecard's file", async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    const template = await templateOf(page);
    const other = { ...JSON.parse(exportOf(template, [1, 1, 1, 1, 1], 'x').buffer.toString()), templateId: 'failure-mode-coverage' };
    await page
      .locator('[data-team-import]')
      .setInputFiles([
        exportOf(template, [4, 2, 3, 5, 1], 'ana.json'),
        exportOf(template, [4, 4, 3, 2, 2], 'ben.json'),
        exportOf(template, [3, 5, 3, 4, null], 'cy.json'),
        { name: 'dana.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
      ]);
    await expect
      .poll(() => page.locator('[data-team-status]').textContent())
      .toBe('Added 3 results. dana.json: The file was not imported: it is for the scorecard "failure-mode-coverage", not "ensemble-reliability".');
    const title = (index: number) => template.areas[index]!.title;
    expect(await rowsOf(page)).toEqual([
      [title(1), '2', '4', '5', '3.7', '2-5 (3 points)', 'Yes: 3 points apart'],
      [title(3), '5', '2', '4', '3.7', '2-5 (3 points)', 'Yes: 3 points apart'],
      [title(4), '1', '2', '–', '1.5', '1-2 (1 point)', 'No'],
      [title(0), '4', '4', '3', '3.7', '3-4 (1 point)', 'No'],
      [title(2), '3', '3', '3', '3.0', '3 (all agree)', 'No'],
    ]);
    expect(await page.locator('.team-table thead th').allTextContents()).toEqual(['Area', 'ana', 'ben', 'cy', 'Mean', 'Spread', 'Discuss']);
    expect(await page.locator('[data-team-chart-description]').textContent()).toContain(`${title(1)} 3.7 (2 to 5)`);

    // A name is text, however it is typed; the team survives a reload.
    await page.getByLabel('Name of person 1').fill('<b>AB</b>');
    await page.getByLabel('Name of person 1').press('Enter');
    await page.getByLabel('Name of person 1').blur();
    await page.reload();
    expect(await page.locator('.team-table thead th').nth(1).textContent()).toBe('<b>AB</b>');
    expect(await page.locator('.team-table thead b').count()).toBe(0);
    expect(await rowsOf(page)).toHaveLength(5);
  });

  it("adds the reader's own scores, and clears the team only after asking", async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    const template = await templateOf(page);
    await page.getByRole('button', { name: 'Add my scores' }).click();
    expect(await page.locator('[data-team-status]').textContent()).toContain('Score at least one area above first');
    await page
      .getByRole('group', { name: `Current score (1-5) for ${template.areas[0]!.title}` })
      .getByLabel('2')
      .check();
    await page.getByRole('button', { name: 'Add my scores' }).click();
    expect((await rowsOf(page)).find((row) => row[0] === template.areas[0]!.title)).toEqual([template.areas[0]!.title, '2', '2.0', '2 (all agree)', 'No']);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Clear team' }).click();
    expect(await page.locator('[data-team-results]').isVisible()).toBe(false);
    expect(await stored(page, teamStorageKey(template))).toBeNull();
  });

  it("round-trips a result link in a fresh browser, into the team view and as the reader's own", async () => {
    const sender = await site().newPage();
    await sender.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    await sender.page.goto(`${site().origin}${pagePath}`);
    const template = await templateOf(sender.page);
    const [first, second] = template.areas;
    await sender.page
      .getByRole('group', { name: `Current score (1-5) for ${first!.title}` })
      .getByLabel('4')
      .check();
    await sender.page.locator(`#evidence-${first!.id}`).fill('Charts for 9 of 12 services');
    await sender.page.getByLabel('with my evidence and next moves').check();
    await sender.page.getByRole('button', { name: 'Copy result link' }).click();
    const link = await sender.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${site().origin}${pagePath}#result=[A-Za-z0-9_-]+\\.[0-9a-z]+$`));

    const receiver = await site().newPage();
    await receiver.page.goto(`${site().origin}${pagePath}`);
    await receiver.page
      .getByRole('group', { name: `Current score (1-5) for ${second!.title}` })
      .getByLabel('1')
      .check();
    await receiver.page.goto(link);
    const shared = receiver.page.locator('[data-shared-result]');
    expect(
      await shared
        .locator('tbody tr')
        .first()
        .evaluate((row) => Array.from(row.children, (cell) => cell.textContent)),
    ).toEqual([first!.title, '4/5', 'Charts for 9 of 12 services', '']);
    // Reading a link saves nothing: the receiver's own entry is as it was.
    expect(JSON.parse((await stored(receiver.page, storageKey(template)))!).areas[second!.id].score).toBe(1);

    await shared.getByRole('button', { name: 'Add to team view' }).click();
    expect((await rowsOf(receiver.page)).find((row) => row[0] === first!.title)?.slice(0, 2)).toEqual([first!.title, '4']);

    // A facilitator can paste the same link into the team view instead of opening it.
    await receiver.page.getByLabel("Or paste someone's result link").fill(link);
    await receiver.page.getByLabel("Or paste someone's result link").press('Enter');
    expect((await rowsOf(receiver.page)).find((row) => row[0] === first!.title)?.slice(0, 3)).toEqual([first!.title, '4', '4']);
    await receiver.page.getByLabel("Or paste someone's result link").fill(`${link.slice(0, -2)}`);
    await receiver.page.getByRole('button', { name: 'Add link' }).click();
    expect(await receiver.page.locator('[data-team-status]').textContent()).toMatch(
      /incomplete or was changed after it was made; ask for the link again\. Nothing was added\.$/,
    );

    receiver.page.once('dialog', (dialog) => void dialog.accept());
    await shared.getByRole('button', { name: 'Load as mine' }).click();
    expect(await receiver.page.locator(`input[name="score-${first!.id}"][value="4"]`).isChecked()).toBe(true);
    expect(await receiver.page.locator(`#evidence-${first!.id}`).inputValue()).toBe('Charts for 9 of 12 services');
    expect(JSON.parse((await stored(receiver.page, storageKey(template)))!).areas[second!.id].score).toBeNull();
  });

  it('refuses a tampered or truncated result link and changes nothing stored', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    const template = await templateOf(page);
    await page
      .getByRole('group', { name: `Current score (1-5) for ${template.areas[0]!.title}` })
      .getByLabel('3')
      .check();
    const before = await stored(page, storageKey(template));
    for (const fragment of ['#result=eyJmIjoxfQ.zzzzzz', '#result=eyJmIjox', '#result=<img src=x onerror=alert(1)>']) {
      await page.goto(`${site().origin}${pagePath}${fragment}`);
      await page.reload();
      await expect.poll(() => page.locator('[data-shared-status]').textContent()).toMatch(/ask for the link again\. Nothing in this browser was changed\.$/);
      expect(await page.locator('[data-shared-actions]').isVisible()).toBe(false);
      expect(await stored(page, storageKey(template))).toBe(before);
    }
  });

  it('saves snapshots and shows the change per area since the previous one, across a reload and an export', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    const template = await templateOf(page);
    const [first, second] = template.areas;
    const score = (area: typeof first, value: string) =>
      page
        .getByRole('group', { name: `Current score (1-5) for ${area!.title}` })
        .getByLabel(value)
        .check();
    const history = page.locator('[data-history]');
    await score(first, '2');
    await history.getByRole('button', { name: 'Save my scores as a snapshot' }).click();
    expect(await page.locator('[data-history-between]').textContent()).toMatch(/^Only one snapshot so far/);
    await score(first, '4');
    await score(second, '3');
    await history.getByRole('button', { name: 'Save my scores as a snapshot' }).click();
    await page.reload();
    const changes = await page.locator('[data-history-changes] li').allTextContents();
    expect(changes.slice(0, 2)).toEqual([`▲${first!.title}: up 2.0 (2.0 to 4.0)`, `+${second!.title}: new (3.0)`]);
    expect(await page.locator('[data-history-rows] tr').count()).toBe(2);
    expect(await page.locator('[data-history-chart-description]').textContent()).toMatch(/^Average score out of 5, oldest first: .*: 2\.0; .*: 3\.5\.$/);

    const [download] = await Promise.all([page.waitForEvent('download'), history.getByRole('button', { name: 'Export history' }).click()]);
    const exported = readFileSync(await download.path(), 'utf8');
    const fresh = await site().newPage();
    await fresh.page.goto(`${site().origin}${pagePath}`);
    await fresh.page.locator('[data-history-import]').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => fresh.page.locator('[data-history-status]').textContent()).toBe('Imported 2 snapshots from history.json.');
    expect(await fresh.page.locator('[data-history-changes] li').allTextContents()).toEqual(changes);
  });

  it('refuses a file larger than 1 MB in every import, unread, keeping what was there', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    const huge = { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, ' ') };
    await page.locator('[data-import]').setInputFiles(huge);
    await expect
      .poll(() => page.locator('[data-status]').textContent())
      .toBe('The file was not imported: huge.json is larger than 1 MB, so it is not a scorecard export.');
    await page.locator('[data-team-import]').setInputFiles(huge);
    await expect.poll(() => page.locator('[data-team-status]').textContent()).toContain('huge.json was not added: it is larger than 1 MB');
    await page.locator('[data-history-import]').setInputFiles(huge);
    await expect
      .poll(() => page.locator('[data-history-status]').textContent())
      .toBe('huge.json was not imported: it is larger than 1 MB, so it is not a history export.');
  });

  it('walks the areas on a shared screen with the keyboard alone, scores hidden until revealed', async () => {
    const { page } = await site().newPage();
    await page.goto(`${site().origin}${pagePath}`);
    const template = await templateOf(page);
    await page.locator('[data-team-import]').setInputFiles([exportOf(template, [4, 2, 3, 5, 1], 'ana.json'), exportOf(template, [4, 4, 3, 2, 2], 'ben.json')]);
    await expect.poll(() => rowsOf(page)).toHaveLength(5);
    const opener = page.getByRole('button', { name: 'Facilitate on a shared screen' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: template.areas[3]!.title });
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator('[data-facilitate-position]').textContent()).toBe('Area 1 of 5');
    expect(await dialog.locator('[data-facilitate-levels] li').count()).toBe(template.scale.length);
    expect(await dialog.locator('[data-facilitate-scores]').textContent()).toContain('Scores are hidden until you reveal them');
    await page.keyboard.press('r');
    expect(await dialog.locator('[data-facilitate-scores] li').allTextContents()).toEqual([
      'ana: 5',
      'ben: 2',
      'Mean 3.5, spread 2-5 (3 points): 3 points apart, discuss',
    ]);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-facilitate-area]').textContent()).toBe(template.areas[1]!.title);
    expect(await page.locator('[data-facilitate-scores]').textContent()).toContain('hidden');
    await page.keyboard.press('p');
    expect(await page.locator('[data-facilitate-position]').textContent()).toBe('Area 1 of 5');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-facilitate]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Facilitate on a shared screen');
  });

  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.2 AA violations with a team, a shared result, a snapshot and in facilitation mode (%s)',
    async (colorScheme) => {
      const { page } = await site().newPage({ colorScheme });
      await page.goto(`${site().origin}${pagePath}`);
      const template = await templateOf(page);
      await page
        .locator('[data-team-import]')
        .setInputFiles([exportOf(template, [1, 5, 3, 3, 2], 'ana.json'), exportOf(template, [4, 4, 3, 2, 2], 'ben.json')]);
      await expect.poll(() => rowsOf(page)).toHaveLength(5);
      const shared = emptyAssessment(template);
      shared.areas[template.areas[0]!.id] = { score: 2, evidence: 'Some evidence', nextMove: 'A move' };
      await page.goto(`${site().origin}${pagePath}${resultLinkFragment(shared, template, { withNotes: true })}`);
      await page.reload();
      await expect.poll(() => page.locator('[data-shared-rows] tr').count()).toBe(template.areas.length);
      await page.locator('[data-history]').getByRole('button', { name: "Save the team's means as a snapshot" }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Facilitate on a shared screen' }).click();
      await page.keyboard.press('r');
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});
