import type { APIRoute } from 'astro';
import { articlePagePaths, type InsightEntry } from '../../../data/insights.ts';
import { ogImageInput, ogImageResponse } from '../../../data/og-images.ts';

export const getStaticPaths = articlePagePaths;

export const GET: APIRoute<{ article: InsightEntry }> = ({ props }) =>
  ogImageResponse(ogImageInput(props.article.data.title, props.article.data.framework.name), props.article.id);
