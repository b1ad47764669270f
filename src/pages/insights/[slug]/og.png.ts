import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublishedInsights, type InsightEntry } from '../../../data/insights.ts';
import { ogImageInput, ogImageResponse } from '../../../data/og-images.ts';

export const getStaticPaths = (async () =>
  (await getPublishedInsights()).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: InsightEntry }> = ({ props }) =>
  ogImageResponse(ogImageInput(props.article.data.title, props.article.data.framework.name), props.article.id);
