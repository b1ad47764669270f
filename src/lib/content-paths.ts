/**
 * Where content lives. `SETLIST_CONTENT_DIR` points a build or a check at another folder
 * (test fixtures, the benchmark corpus) without touching `content/`.
 */
export function contentRoot(env: Record<string, string | undefined>): string {
  return (env.SETLIST_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

export const insightsGlob = '**/*.mdx';
export const scorecardsGlob = '*.yaml';
