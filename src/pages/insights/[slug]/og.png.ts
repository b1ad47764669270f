import type { APIRoute } from 'astro';
import { articlePagePaths, type InsightEntry } from '../../../data/insights.ts';
import { ogImageInput, ogImageResponse } from '../../../data/og-images.ts';
import { ogImageKey } from '../../../lib/og-image.ts';

const inputOf = (article: InsightEntry) => ogImageInput(article.data.title, article.data.framework.name);

// The image's own key (texts, design version, font bytes) decides whether a build may reuse it.
export const getStaticPaths = async () =>
  (await articlePagePaths()).map((path) => ({ ...path, cacheKey: ogImageKey(inputOf(path.props.article)) }));

export const GET: APIRoute<{ article: InsightEntry }> = ({ props }) => ogImageResponse(inputOf(props.article), props.article.id);
