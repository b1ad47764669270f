/** JSON-LD for an article (schema.org `Article`), built from the same data the page shows. */
export interface ArticleLd {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  modified: Date;
  authorName: string;
  publisherName: string;
  tags: readonly string[];
}

export function articleJsonLd(article: ArticleLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.headline,
    description: article.description,
    url: article.url,
    mainEntityOfPage: article.url,
    image: [article.image],
    datePublished: article.published.toISOString(),
    dateModified: article.modified.toISOString(),
    author: { '@type': 'Person', name: article.authorName },
    publisher: { '@type': 'Organization', name: article.publisherName },
    keywords: article.tags.join(', '),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the tag. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
