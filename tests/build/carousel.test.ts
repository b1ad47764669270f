import { describe, expect, it } from 'vitest';
import { readableDate } from '../../src/domain/calendar-date.ts';
import { carouselSlides } from '../../src/domain/carousel.ts';
import { uiText } from '../../src/domain/ui-text/index.ts';
import { canonicalArticleUrl, carouselPath, shortUrl } from '../../src/domain/urls.ts';
import { siteConfig } from '../helpers/site-config.ts';
import { loadContent } from '../helpers/content.ts';
import { loadPage } from '../helpers/dist.ts';

const content = loadContent();

describe('carousel pages', () => {
  it.each(content.articles.map((article) => [article.slug, article] as const))('%s has one section per slide, in order, numbered', (slug, article) => {
    const template = content.scorecards.find((scorecard) => scorecard.id === article.data.scorecard.template)!;
    const slides = carouselSlides({
      data: article.data,
      template: template.data,
      author: siteConfig.author,
      brandName: siteConfig.brand.name,
      shortUrl: shortUrl(canonicalArticleUrl(siteConfig, slug)),
      lastReviewed: { day: readableDate(article.data.reviewed ?? article.data.published, siteConfig.language), reviewed: article.data.reviewed !== undefined },
      text: uiText(siteConfig.language),
    });
    const $ = loadPage(carouselPath(siteConfig, slug));
    const sections = $('.carousel > section.slide');
    expect(sections.length).toBe(slides.length);
    expect(sections.map((_, section) => $(section).find('.slide-heading').text()).get()).toEqual(slides.map((slide) => slide.heading));
    expect(sections.last().find('.slide-footer').text()).toContain(`${slides.length} / ${slides.length}`);
    // Every step and every operator check is on a slide.
    const text = sections.text();
    for (const step of article.data.framework.steps) for (const check of step.operatorChecks) expect(text).toContain(check);
    expect(slides.map((slide) => slide.kind)).toEqual(expect.arrayContaining(['cover', 'tldr', 'step', 'scorecard', 'takeaways', 'closing']));
  });

  it("is linked from the article's teaser section with how to post it", () => {
    const slug = content.articles[0]!.slug;
    const $ = loadPage(`/insights/${slug}/`);
    expect($(`.teaser a[href="${carouselPath(siteConfig, slug)}"]`).length).toBe(1);
    expect($('.teaser').text()).toContain('Save as PDF, then add it to a LinkedIn post as a document');
  });
});
