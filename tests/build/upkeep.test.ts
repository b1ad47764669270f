import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readableDate } from '../../src/domain/calendar-date.ts';
import { dayIn } from '../../src/domain/review.ts';
import { loadPage } from '../helpers/dist.ts';
import { contentWith } from '../helpers/fixture-content.ts';
import { distDir, siteRoot } from '../helpers/paths.ts';
import { runSetlist } from '../helpers/run.ts';
import { fixtureBuildTime, siteConfig } from '../helpers/site-config.ts';

const overdue = 'policy-gated-ai';
const fresh = 'five-failure-modes';
const plain = 'jazz-and-reliable-systems';
const text = (html: string) => html.replace(/\s+/g, ' ').trim();
/** How the pages write a day: "20 February 2027" (the fixture site is en-GB). */
const written = (isoDay: string) => readableDate(new Date(`${isoDay}T00:00:00Z`), siteConfig.language);

/** The day git last saw the file change, in the site's time zone, as the pages write it. */
function lastCommitDay(file: string): string {
  const time = execFileSync('git', ['-C', siteRoot, 'log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
  return readableDate(dayIn(new Date(time), siteConfig.review.timeZone), siteConfig.language);
}

describe('an article page says who owns it and when it is due', () => {
  it('opens with a notice when the playbook is past its review date, and only then', () => {
    const $ = loadPage(`/insights/${overdue}/`);
    const notice = $('article.article > .review-notice');
    expect(notice.length).toBe(1);
    expect($('article.article').children().first().is('.review-notice')).toBe(true);
    expect(notice.attr('role')).toBe('note');
    expect(notice.attr('aria-label')).toBe('Review overdue');
    expect(text(notice.text())).toBe(
      'This playbook is past its review date. Its review was due by 12 November 2026 (every 30 days); check it against current practice before you rely on it. Owner: Platform security team.',
    );
    for (const slug of [fresh, plain]) expect(loadPage(`/insights/${slug}/`)('.review-notice').length, slug).toBe(0);
  });

  it('shows owner, review date, next review and the last change from git under the title, with the edit link', () => {
    const $ = loadPage(`/insights/${fresh}/`);
    const line = $('.article-header .upkeep');
    expect(text(line.text())).toBe(
      `Owned by SRE guild · Reviewed 5 November 2026 · Next review by 5 February 2027 · Last changed ${lastCommitDay(`content/insights/${fresh}.mdx`)} · Edit this playbook`,
    );
    expect(line.find('a').attr('href')).toBe(`https://github.com/fixture-ops/playbooks/edit/main/tests/fixtures/site/content/insights/${fresh}.mdx`);
    expect(line.find('.screen-only a').length).toBe(1);
    // Never reviewed: counted from publication, owned by the site's default owner.
    expect(text(loadPage(`/insights/${plain}/`)('.article-header .upkeep').text())).toMatch(
      /^Owned by Operations team · Next review by 6 April 2027 · Last changed /,
    );
    expect(text(loadPage(`/insights/${overdue}/`)('.article-header .upkeep').text())).toContain('Review was due by 12 November 2026');
  });

  it('marks the steps whose drill lapsed, in words, and dates the others', () => {
    const $ = loadPage(`/insights/${fresh}/`);
    const drillOf = (step: string) => text($(`#step-${step} .drill`).text());
    expect(drillOf('cascading-dependency')).toBe('Drill overdue: last exercised 10 April 2026');
    expect($('#step-cascading-dependency .drill').hasClass('drill-lapsed')).toBe(true);
    expect(drillOf('silent-drift')).toBe('Last exercised 2 November 2026');
    expect($('.drill-lapsed').length).toBe(1);
    // An article that records no drill marks no step.
    expect(loadPage(`/insights/${plain}/`)('.drill').length).toBe(0);
  });
});

describe("the playbook's tools show its review state too", () => {
  it('the scorecard: notice, owner line, and the lapsed drill marked beside its area in the worksheet', () => {
    expect(loadPage(`/insights/${overdue}/scorecard/`)('.scorecard-page > .review-notice').length).toBe(1);
    const $ = loadPage(`/insights/${fresh}/scorecard/`);
    expect(text($('.scorecard-page > .upkeep').text())).toMatch(
      /^Owned by SRE guild · Reviewed 5 November 2026 · Next review by 5 February 2027 · Last changed /,
    );
    expect(text($('[data-area="cascading-dependency"] legend.area-title .drill').text())).toBe('Drill overdue');
    // Only a lapsed drill is marked there; the article dates every drill.
    expect($('legend.area-title .drill').length).toBe(1);
  });

  it('the printable checklist: the one-line notice in place of the owner line, else the owner line without the last change', () => {
    const late = loadPage(`/insights/${overdue}/checklist/`);
    expect(text(late('.checklist-header .review-notice').text())).toBe(
      'Past its review date: due by 12 November 2026. Check it against current practice before you rely on it. Owner: Platform security team.',
    );
    expect(late('.upkeep').length).toBe(0);
    const $ = loadPage(`/insights/${fresh}/checklist/`);
    expect(text($('.checklist-header .upkeep').text())).toBe('Owned by SRE guild · Reviewed 5 November 2026 · Next review by 5 February 2027');
    expect($('.review-notice').length).toBe(0);
  });

  it('the series book: each part its owner line, the overdue part its notice', () => {
    const $ = loadPage('/insights/series/reliable-operations/book/');
    expect($('.book-part-header .upkeep').length).toBe(3);
    expect($('.book-part .review-notice').length).toBe(1);
    expect($(`.book-part:has(.review-notice) h2`).text()).toBe('Policy-Gated AI');
  });

  it("the carousel's last slide: when the playbook was last reviewed, or that it never was", () => {
    const lastSlide = (slug: string) => text(loadPage(`/insights/${slug}/carousel/`)('.carousel > section.slide').last().text());
    expect(lastSlide(fresh)).toContain('Last reviewed 5 November 2026');
    expect(lastSlide(plain)).toContain('Published 6 October 2026, not reviewed since');
  });
});

describe('reviews for dashboards and owners', () => {
  const env = { SETLIST_BUILD_TIME: fixtureBuildTime };

  it('/reviews.json is what `setlist review --json` prints, most urgent first', () => {
    const published = JSON.parse(readFileSync(join(distDir, 'reviews.json'), 'utf8')) as { asOf: string; playbooks: { slug: string; state: string }[] };
    expect(published.asOf).toBe('2026-12-06');
    expect(published.playbooks.map((entry) => [entry.slug, entry.state])).toEqual([
      [overdue, 'overdue'],
      [fresh, 'current'],
      [plain, 'current'],
    ]);
    const printed = runSetlist(['review', '--json'], env);
    expect(printed.status, printed.output).toBe(0);
    expect(JSON.parse(printed.stdout)).toEqual(published);
  });

  it('`setlist review` prints the table, a lapsed drill under its playbook, and the count', () => {
    const result = runSetlist(['review'], env);
    expect(result.status, result.output).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Reviews as of 2026-12-06 (Europe/London), most urgent first:');
    expect(lines[3]).toMatch(/^overdue +2026-11-12 +Platform security team +2026-10-13 +Policy-Gated AI /);
    expect(lines[4]).toMatch(/^fine +2027-02-05 +SRE guild +2026-11-05 +Five Failure Modes /);
    expect(lines[5]).toBe('    drill lapsed: Cascading Dependency (last exercised 2026-04-10, due 2026-07-10)');
    expect(lines[6]).toMatch(/^fine +2027-04-06 +Operations team +never \(published 2026-10-06\) +Jazz and Reliable Systems /);
    expect(lines.at(-1)).toBe('1 overdue, 0 due within 30 days, 2 fine.');
    const bad = runSetlist(['review', '--jsno'], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("✗ review: Unknown option '--jsno'");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const badTime = runSetlist(['review'], { SETLIST_BUILD_TIME: 'next tuesday' });
    expect(badTime.status).toBe(1);
    expect(badTime.stderr).toBe('✗ setlist review: SETLIST_BUILD_TIME is not a date: "next tuesday" (expected e.g. 2026-11-23)\n');
  });

  it('the check warns about an overdue playbook and passes; --strict makes it fail, for a team that wants its CI to', () => {
    const warned = runSetlist(['check-content'], env);
    expect(warned.status, warned.output).toBe(0);
    expect(warned.output).toContain(`content/insights/${overdue}.mdx:6  warning: reviewed: past its review date: due by 2026-11-12, 24 days ago`);
    const strict = runSetlist(['check', '--strict'], env);
    expect(strict.status).toBe(1);
    expect(strict.output).toContain(`content/insights/${overdue}.mdx:6  reviewed: past its review date`);
    expect(strict.output).not.toContain('warning: reviewed');
  });
});

describe('a site whose content is not in git', () => {
  const copy = contentWith([]);
  const outDir = join(copy.dir, 'dist');
  let log = '';
  beforeAll(() => {
    const result = runSetlist(['build', '--outDir', outDir], {
      SETLIST_CONTENT_DIR: copy.dir,
      SETLIST_CACHE_DIR: join(copy.dir, '.cache'),
      SETLIST_BUILD_TIME: fixtureBuildTime,
    });
    expect(result.status, result.output).toBe(0);
    log = result.output;
  }, 180_000);
  afterAll(() => copy.cleanup());

  it('says so once, shows the updated or published date as the last change, and links no edit page outside the site', () => {
    expect(log.match(/no git history for .*: "Last changed" shows the updated date \(or the published date\) of every article/g)).toHaveLength(1);
    const line = text(loadPage(`/insights/${plain}/`, outDir)('.article-header .upkeep').text());
    expect(line).toContain(`Last changed ${written('2026-10-06')}`);
    expect(line).not.toContain('Edit this playbook');
  });
});
