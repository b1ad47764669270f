import type { APIRoute } from 'astro';
import { articlePagePaths, type InsightEntry } from '../route-data/collections.ts';
import { articleOgImageInput, ogImageResponse } from '../og/inputs.ts';
import { ogImageKey } from '../og/draw.ts';

// The image's own key (texts, design version, font bytes) decides whether a build may reuse it.
export const getStaticPaths = async () =>
  (await articlePagePaths()).map((path) => ({ ...path, cacheKey: ogImageKey(articleOgImageInput(path.props.article.data)) }));

export const GET: APIRoute<{ article: InsightEntry }> = ({ props }) => ogImageResponse(articleOgImageInput(props.article.data), props.article.id);
