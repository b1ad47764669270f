/** The site's `setlist({...})` options for a command, or the reason there are none, in one line and without a stack. */
import { isOptionsError } from '../src/integration/options.ts';
import { loadSiteConfig, SiteConfigError } from '../src/node/site-config.ts';
import type { SiteConfig } from '../src/schemas/site.ts';

export async function siteConfigFor(command: string): Promise<SiteConfig> {
  try {
    return await loadSiteConfig();
  } catch (error) {
    const known = error instanceof SiteConfigError || isOptionsError(error);
    if (!known) throw error;
    const { message, hint } = error as Error & { hint?: string };
    console.error(`✗ ${command}: ${message}${hint ? `\n  ${hint}` : ''}`);
    process.exit(1);
  }
}
