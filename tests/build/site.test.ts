import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { structuredText } from '../../src/domain/article-text.ts';
import { readingMinutes } from '../../src/domain/reading-time.ts';
import { loadContent } from '../helpers/content.ts';
import { loadPage } from '../helpers/dist.ts';
import { distDir } from '../helpers/paths.ts';

const seedPath = '/insights/jazz-and-reliable-systems/';
const content = loadContent();
const seed = content.articles.find((article) => article.slug === 'jazz-and-reliable-systems')!.data;
const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe('the seed article page', () => {
  const $ = loadPage(seedPath);

  it('has one h1 and every section of the seed as an h2, in the seed order', () => {
    expect($('h1').length).toBe(1);
    expect(text($('h1').text())).toBe('Jazz and Reliable Systems');
    expect(
      $('article h2')
        .map((_, el) => text($(el).text()))
        .get(),
    ).toEqual([
      'TL;DR',
      'Why This Matters in Production',
      'Core Framework: Ensemble Reliability Discipline',
      'Reusable Scorecard',
      'Practical Checklist',
      'Real-World Example',
      'Common Objections + Rebuttals',
      'Operating Cadence and Metrics',
      'Failure Signals to Watch',
      'Leadership Questions for Monthly Review',
      'What Good Looks Like After 90 Days',
      'Integration With Adjacent Work',
      'Key Takeaways',
      'LinkedIn Teaser',
      'Closing CTA',
    ]);
  });

  it('gives every heading an anchor id and lists every section in the table of contents, the steps under the framework', () => {
    const hrefs = (selector: string) =>
      $(selector)
        .map((_, el) => $(el).attr('href'))
        .get();
    const ids = $('article h2')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.every(Boolean)).toBe(true);
    expect(hrefs('nav.toc details > ol > li > a')).toEqual(ids.map((id) => `#${id}`));
    const stepIds = $('ol.steps > li')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(stepIds).toHaveLength(5);
    expect(hrefs('nav.toc a[href="#framework"] + ol a')).toEqual(stepIds.map((id) => `#${id}`));
  });

  it('renders the five framework steps as an ordered list, each with its operator checks', () => {
    const steps = $('#framework').closest('section').find('ol.steps > li');
    expect(steps.length).toBe(5);
    steps.each((index, step) => {
      const expected = seed.framework.steps[index]!;
      expect(text($(step).find('h3').text())).toBe(`Step ${index + 1}: ${expected.title}`);
      expect(
        $(step)
          .find('ul.operator-checks > li')
          .map((_, li) => text($(li).text()))
          .get(),
      ).toEqual(expected.operatorChecks);
    });
  });

  it('renders the scorecard table in the seed shape', () => {
    const table = $('table.scorecard');
    expect(
      table
        .find('thead th')
        .map((_, th) => text($(th).text()))
        .get(),
    ).toEqual(['Capability area', 'Current score (1-5)', 'Evidence today', 'Next upgrade move']);
    const rows = table.find('tbody tr');
    expect(rows.length).toBe(5);
    expect(
      rows
        .first()
        .children()
        .map((_, cell) => text($(cell).text()))
        .get(),
    ).toEqual(['Shared Form', '1-5', 'Defined owner, boundary, and current signal for shared form', 'One measurable improvement move for shared form']);
  });

  it('renders objections as question and rebuttal pairs', () => {
    const pairs = $('dl.objections > div');
    expect(pairs.length).toBe(seed.objections.length);
    expect(text(pairs.first().find('dt').text())).toBe('Objection: “Is this too heavy for our current team size?”');
    expect(text(pairs.first().find('dd').text())).toBe(`Rebuttal: ${seed.objections[0]!.rebuttal}`);
  });

  it('renders the TL;DR, checklist, questions and takeaways from the data', () => {
    expect($('ul.tldr li').length).toBe(seed.tldr.length);
    expect(
      $('ul.checklist li')
        .map((_, li) => text($(li).text()))
        .get(),
    ).toEqual(seed.checklist);
    expect($('#leadership-questions').closest('section').find('ol li').length).toBe(4);
    expect($('ul.takeaways li').length).toBe(seed.takeaways.length);
  });

  it('ends the teaser with the canonical URL derived from the config and slug', () => {
    const teaser = text($('.teaser').text());
    expect(teaser).toContain(seed.teaser);
    expect(teaser).toContain('Full article: https://playbooks.example.org/insights/jazz-and-reliable-systems/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://playbooks.example.org/insights/jazz-and-reliable-systems/');
  });

  it('shows published date and reading time', () => {
    expect($('header time').first().attr('datetime')).toBe('2026-10-06');
    // Body and parts together: the content store keeps no body, the check counts it.
    const minutes = content.articles.find((article) => article.slug === 'jazz-and-reliable-systems')!.readingMinutes;
    expect(minutes).toBeGreaterThan(readingMinutes(structuredText(seed)));
    expect(text($('.article-header .meta').text())).toContain(`${minutes} min read`);
  });

  it('links Previous and Next by series order, with rel and the right titles', () => {
    const nav = $('nav.article-nav');
    expect($('a[rel="prev"]', nav).attr('href')).toBe('/insights/five-failure-modes/');
    expect(text($('a[rel="prev"]', nav).text())).toBe('Five Failure Modes');
    expect($('a[rel="next"]', nav).attr('href')).toBe('/insights/policy-gated-ai/');
    expect(text($('a[rel="next"]', nav).text())).toBe('Policy-Gated AI');
    expect(
      nav
        .find('li')
        .map((_, li) => text($(li).text()))
        .get(),
    ).toEqual(['Previous: Five Failure Modes', 'All insights', 'Next: Policy-Gated AI']);
  });
});

describe('first and last articles', () => {
  it('show only the neighbours that exist', () => {
    const first = loadPage('/insights/five-failure-modes/');
    expect(first('a[rel="prev"]').length).toBe(0);
    expect(first('a[rel="next"]').attr('href')).toBe('/insights/jazz-and-reliable-systems/');
    const last = loadPage('/insights/policy-gated-ai/');
    expect(last('a[rel="next"]').length).toBe(0);
    expect(last('a[rel="prev"]').attr('href')).toBe('/insights/jazz-and-reliable-systems/');
  });
});

describe('GFM in MDX bodies', () => {
  it('renders tables and task lists', () => {
    const $ = loadPage('/insights/five-failure-modes/');
    const table = $('.prose > table');
    expect(table.find('th').first().text()).toBe('Failure mode');
    expect(table.find('tbody tr').length).toBeGreaterThan(1);
    const tasks = $('.prose li.task-list-item');
    expect(tasks.map((_, li) => text($(li).text())).get()).toEqual([
      'Done: Tag each incident review with the failure mode it matched.',
      'To do: Make a named owner a required field in the service catalog.',
      'To do: Add the five coverage questions to the production readiness review.',
    ]);
    expect(tasks.find('.box-done').length).toBe(1);
  });
});

describe('index, home, 404 and search', () => {
  it('lists all three articles newest first, with description, date and tags', () => {
    const $ = loadPage('/insights/');
    const cards = $('.card');
    expect(
      cards
        .find('h2 a')
        .map((_, a) => text($(a).text()))
        .get(),
    ).toEqual(['Policy-Gated AI', 'Jazz and Reliable Systems', 'Five Failure Modes']);
    expect(text(cards.eq(1).text())).toContain(seed.description);
    expect(cards.eq(1).find('time').attr('datetime')).toBe('2026-10-06');
    expect(text(cards.eq(1).text())).toContain('reliability');
  });
  it('introduces the site on the home page and links the latest article', () => {
    const $ = loadPage('/');
    expect($('h1').length).toBe(1);
    expect($('a[href="/insights/policy-gated-ai/"]').length).toBeGreaterThan(0);
  });
  it('has a 404 page and a search page that works without JavaScript as a note', () => {
    expect(loadPage('404.html')('h1').text()).toBe('Page not found');
    const search = loadPage('/search/');
    expect(text(search('#search').text())).toContain('Search needs JavaScript');
  });
  it('has a Pagefind index covering the three articles', () => {
    const pagefind = join(distDir, 'pagefind');
    expect(existsSync(join(pagefind, 'pagefind.js'))).toBe(true);
    expect(readdirSync(join(pagefind, 'fragment')).length).toBe(3);
  });
});
