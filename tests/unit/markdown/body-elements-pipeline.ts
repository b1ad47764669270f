/**
 * Article bodies as the pipeline reads and renders them: parsed as the content check parses them
 * (for the check's rules), and rendered to HTML by the render-as-it-loads path (Sätteri with the
 * site's steps; no highlighting).
 */
import type { Root } from 'mdast';
import { outlineOf } from '../../../src/authoring/outline.ts';
import { plainBodyRenderer } from '../../../src/integration/markdown-processor.ts';

/** The body parsed as the content check parses it. */
export const parseBody = (body: string): Root => outlineOf(body).tree;

const renderer = plainBodyRenderer({ syntaxHighlight: false, smartypants: true }, 'https://example.com', 'en');

/** The body rendered to HTML as an article body is, and what the render found in it. */
export async function renderBodyWithMetadata(body: string) {
  return (await renderer).render(body, {});
}

/** The body's HTML as an article body is rendered. */
export async function renderBody(body: string): Promise<string> {
  return (await renderBodyWithMetadata(body)).code;
}
