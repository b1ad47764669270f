interface BundlerWarning {
  code?: string;
  message: string;
}

/**
 * The bench's bare baseline bundles a module per article (@astrojs/mdx): Astro marks every MDX
 * module with a "use astro:head-inject" directive that the bundler warns about once per article
 * (thousands of lines on a large site). It is Astro's own, harmless marker, so only that warning
 * is dropped; every other one is passed on.
 */
export function dropHeadInjectWarnings(warning: BundlerWarning, warn: (warning: BundlerWarning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
  warn(warning);
}
