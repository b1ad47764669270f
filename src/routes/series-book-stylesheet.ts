import type { APIRoute } from 'astro';
import { seriesBookPaths, type InsightBook } from '../route-data/index.ts';

export const getStaticPaths = seriesBookPaths;

/** The series book's running heads (src/domain/series-book.ts), linked from the book's page. */
export const GET: APIRoute<{ book: InsightBook }> = ({ props }) =>
  new Response(props.book.stylesheet, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
