import { describe, expect, it } from 'vitest';
import { aboveTheFold, absoluteLinks, linkedInPost, linkedInShareUrl, lintTeaser, teaserHook } from '../../../src/domain/linkedin.ts';
import { uiTexts } from '../../../src/domain/ui-text/index.ts';
import { canonicalArticleUrl, checkOwnArticleLink, isExternalUrl } from '../../../src/domain/urls.ts';
import { siteConfig } from '../../helpers/site-config.ts';

const url = 'https://playbooks.example.org/insights/jazz-and-reliable-systems/';
const label = uiTexts.en.article.teaser.fullArticle;

describe('LinkedIn post composition', () => {
  it("appends the canonical URL to the teaser, after the label in the site's language", () => {
    expect(linkedInPost('  A hook. More.  ', url, label)).toBe(`A hook. More.\n\nFull article: ${url}`);
    expect(linkedInPost('A hook.', url, uiTexts.de.article.teaser.fullArticle)).toBe(`A hook.\n\nVollständiger Artikel: ${url}`);
  });
  it('builds the share-offsite link with the URL encoded', () => {
    expect(linkedInShareUrl(url)).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fplaybooks.example.org%2Finsights%2Fjazz-and-reliable-systems%2F',
    );
  });
  it('derives canonical URLs from the config, never by hand', () => {
    expect(canonicalArticleUrl(siteConfig, 'jazz-and-reliable-systems')).toBe(url);
  });
});

describe('hook above the fold', () => {
  it('ends sentences as the site’s languages do: the Arabic question mark, a CJK full stop without a space', () => {
    expect(teaserHook('هل تعمل فرقك كفرقة جاز؟ إليك الطريقة.')).toBe('هل تعمل فرقك كفرقة جاز؟ إليك الطريقة.');
    expect(teaserHook(`هل تعمل فرقك كفرقة جاز؟ ${'و'.repeat(300)}`)).toBe('هل تعمل فرقك كفرقة جاز؟');
    expect(teaserHook(`信頼性はチームの習慣です。${'あ'.repeat(300)}`)).toBe('信頼性はチームの習慣です。');
  });

  it('takes the whole sentences that fit in about 210 characters', () => {
    const first = 'The best systems work I have seen feels more like a great band than a rigid machine.';
    const second = 'This post connects jazz ensemble principles to operational reliability and team trust.';
    const third = 'It also shows the checks to run on Monday morning, one by one, with owners and dates attached to every single one.';
    expect(teaserHook(`${first} ${second} ${third}`)).toBe(`${first} ${second}`);
  });
  it('is empty when the first sentence runs past the fold', () => {
    expect(teaserHook(`${'word '.repeat(50)}end.`)).toBe('');
  });
  it('handles question marks, quotes and a teaser without final punctuation', () => {
    expect(teaserHook('Why do bands not crash? They “listen.” Then play')).toBe('Why do bands not crash? They “listen.”');
  });
});

describe('teaser lint', () => {
  it('passes the seed teaser', () => {
    expect(
      lintTeaser(
        'The best systems work I have seen feels more like a great band than a rigid machine. This post connects jazz ensemble principles to operational reliability and team trust.',
        url,
        label,
      ),
    ).toEqual([]);
  });
  it('errors on an empty teaser and on a post over 3,000 characters including the URL', () => {
    expect(lintTeaser('  ', url, label)).toEqual([{ severity: 'error', message: 'expected a teaser, received an empty text' }]);
    const long = `Short hook. ${'x'.repeat(2960)}`;
    const length = linkedInPost(long, url, label).length;
    expect(length).toBeGreaterThan(3000);
    expect(lintTeaser(long, url, label)).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining(`fit LinkedIn's 3000 characters, received ${length}`) }),
    ]);
  });
  it('warns when the hook is cut mid-sentence', () => {
    expect(lintTeaser(`${'word '.repeat(50)}end.`, url, label)).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('cut mid-sentence') }),
    ]);
  });
});

describe("links to the site's own articles", () => {
  const slugs = ['jazz-and-reliable-systems', 'policy-gated-ai'];
  it('accepts the canonical URL, with or without an anchor', () => {
    expect(checkOwnArticleLink(siteConfig, url, slugs)).toBeUndefined();
    expect(checkOwnArticleLink(siteConfig, `${url}#tldr`, slugs)).toBeUndefined();
  });
  it.each([
    ['http://playbooks.example.org/insights/jazz-and-reliable-systems/', url],
    ['https://www.playbooks.example.org/insights/jazz-and-reliable-systems/', url],
    ['https://playbooks.example.org/insights/jazz-and-reliable-systems', url],
  ])('refuses %s and names the canonical URL', (link, expected) => {
    expect(checkOwnArticleLink(siteConfig, link, slugs)).toEqual({ link, message: "does not match the article's canonical URL", expected });
  });
  it('refuses a link to an article that does not exist', () => {
    expect(checkOwnArticleLink(siteConfig, 'https://playbooks.example.org/insights/jazz-and-reliable-sytems/', slugs)?.message).toBe(
      'points to no article (no slug "jazz-and-reliable-sytems")',
    );
  });
  it('leaves other sites, the index and pages below an article alone', () => {
    expect(checkOwnArticleLink(siteConfig, 'https://example.com/insights/x/', slugs)).toBeUndefined();
    expect(checkOwnArticleLink(siteConfig, 'https://playbooks.example.org/insights/', slugs)).toBeUndefined();
    expect(checkOwnArticleLink(siteConfig, `${url}scorecard/`, slugs)).toBeUndefined();
  });
  it('finds absolute links in text without trailing punctuation', () => {
    expect(absoluteLinks(`Read ${url}. Or (https://example.com/a?b=1), fine.`)).toEqual([url, 'https://example.com/a?b=1']);
  });
  it('knows which links leave the site', () => {
    expect(isExternalUrl(siteConfig, 'https://www.nist.gov/')).toBe(true);
    expect(isExternalUrl(siteConfig, url)).toBe(false);
    expect(isExternalUrl(siteConfig, '/insights/')).toBe(false);
    expect(isExternalUrl(siteConfig, 'mailto:a@b.c')).toBe(false);
  });
});

describe('the post above the fold', () => {
  it('shows a short post whole', () => {
    expect(aboveTheFold('Short post.\n\nFull article: https://example.com/a/')).toEqual({
      shown: 'Short post.\n\nFull article: https://example.com/a/',
      cut: false,
    });
  });

  it('cuts a long post between words, never mid-word, at the fold', () => {
    const post = `${'word '.repeat(41)}crossing the fold`;
    const { shown, cut } = aboveTheFold(post, 210);
    expect(cut).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(210);
    expect(shown.endsWith('word')).toBe(true);
    expect(post.startsWith(shown)).toBe(true);
  });
});
