/** The site's `setlist({...})` options for a command, or the reason there are none, in one line and without a stack. */
import { isOptionsError } from '../src/integration/options.ts';
import { loadSiteConfig, SiteConfigError } from '../src/node/site-config.ts';
import { isRootLocale, type SiteLocale } from '../src/domain/locales.ts';
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

/** The language a command's `--lang` names, one of the site's other languages; the default language without it. */
export function localeOption(config: SiteConfig, key: string | undefined, command: string): SiteLocale {
  if (key === undefined) return config.locales[0]!;
  const others = config.locales.filter((locale) => !isRootLocale(locale));
  const locale = others.find((candidate) => candidate.key === key);
  if (locale) return locale;
  console.error(
    `✗ ${command}: ${
      others.length
        ? `--lang: expected one of the site's languages (${others.map((other) => other.key).join(', ')}, from the locales option in astro.config.mjs); received "${key}"`
        : '--lang: this site has one language; add others with the locales option of setlist({...}) in astro.config.mjs'
    }`,
  );
  process.exit(1);
}
