/**
 * LinkedIn teasers: the post text an author pastes, the hook above LinkedIn's "see more"
 * fold, and the rules that keep a shared post intact.
 */

/** LinkedIn's limit for the text of a post. */
const linkedInPostLimit = 3000;
/** About how much of a post LinkedIn shows before "…see more". */
export const linkedInFold = 210;

/** The post as pasted: the teaser, then the article's canonical URL after its label (the reader's text `article.teaser.fullArticle`). */
export function linkedInPost(teaser: string, canonicalUrl: string, fullArticleLabel: string): string {
  return `${teaser.trim()}\n\n${fullArticleLabel} ${canonicalUrl}`;
}

/** LinkedIn's share-offsite URL: a plain link, no script or widget. */
export function linkedInShareUrl(canonicalUrl: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(canonicalUrl)}`;
}

/** What LinkedIn shows of a post before "…see more": the words that fit above the fold. */
export function aboveTheFold(post: string, fold = linkedInFold): { shown: string; cut: boolean } {
  const text = post.trim();
  if (text.length <= fold) return { shown: text, cut: false };
  // LinkedIn cuts between words, so the last word that would cross the fold goes below it.
  const lastSpace = text.slice(0, fold + 1).search(/\s\S*$/);
  return { shown: text.slice(0, lastSpace > 0 ? lastSpace : fold).trimEnd(), cut: true };
}

/**
 * Where a sentence ends, in the site's languages: a full stop, question or exclamation mark (the
 * Arabic question mark and full stop too) before a space or the end, or a CJK one anywhere (those
 * languages put no space after it); closing quotes and brackets stay with their sentence.
 */
const sentenceEnd = /[.!?…؟۔]["'”’»)\]]*(?=\s|$)|[。！？]["'”’」』)\]]*/g;

/**
 * The hook: the whole sentences that fit above the fold. Empty when the first sentence is
 * already too long, which means LinkedIn cuts the opening mid-sentence.
 */
export function teaserHook(teaser: string, fold = linkedInFold): string {
  const text = teaser.trim();
  let hookEnd = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (end > fold) break;
    hookEnd = end;
  }
  return text.slice(0, hookEnd);
}

export interface TeaserFinding {
  severity: 'error' | 'warning';
  message: string;
}

export function lintTeaser(teaser: string, canonicalUrl: string, fullArticleLabel: string): TeaserFinding[] {
  const findings: TeaserFinding[] = [];
  if (teaser.trim() === '') return [{ severity: 'error', message: 'expected a teaser, received an empty text' }];
  const length = linkedInPost(teaser, canonicalUrl, fullArticleLabel).length;
  if (length > linkedInPostLimit) {
    findings.push({
      severity: 'error',
      message: `expected the LinkedIn post (teaser plus "${fullArticleLabel} URL") to fit LinkedIn's ${linkedInPostLimit} characters, received ${length}`,
    });
  }
  if (teaserHook(teaser) === '') {
    findings.push({
      severity: 'warning',
      message: `the first sentence runs past LinkedIn's "see more" fold (about ${linkedInFold} characters), so the hook is cut mid-sentence; end a sentence within the first ${linkedInFold} characters`,
    });
  }
  return findings;
}

/** Absolute links in text (teasers, MDX bodies): anything that starts with http(s)://. */
export function absoluteLinks(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g)].map((match) => match[0]);
}
