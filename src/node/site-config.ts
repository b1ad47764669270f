/**
 * The site's options, for Setlist's commands (`setlist check`, `new`, `teasers` …), read from the
 * same place Astro reads them: `setlist({...})` in the site's astro.config.mjs. The config is
 * loaded as Astro loads it: by Node where it can, else through Vite (an installed Setlist is
 * TypeScript under node_modules, which Node does not run).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import { isOptionsError } from '../integration/options.ts';
import type { SiteConfig } from '../schemas/site.ts';

const configNames = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/** Thrown when the site's config cannot give Setlist's options; its message is for the reader. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

async function importConfig(file: string): Promise<AstroUserConfig> {
  try {
    return ((await import(pathToFileURL(file).href)) as { default?: AstroUserConfig }).default ?? {};
  } catch (nodeFailure) {
    // A bad option is the site's own error, and Vite would only throw it again.
    if (isOptionsError(nodeFailure)) throw nodeFailure;
    const { runnerImport } = await import('vite');
    const loaded = await runnerImport<{ default?: AstroUserConfig }>(file, { configFile: false, logLevel: 'silent', ssr: { external: true } });
    return loaded.module.default ?? {};
  }
}

/** The validated options of the site whose root is `root` (the working directory by default). */
export async function loadSiteConfig(root = process.cwd()): Promise<SiteConfig> {
  const file = configNames.map((name) => join(root, name)).find((candidate) => existsSync(candidate));
  if (!file) throw new SiteConfigError(`no astro.config.mjs in ${root}: run Setlist's commands from the site's folder`);
  const config = await importConfig(file);
  const integrations = (config.integrations ?? []).flat(Infinity) as unknown[];
  const setlist = integrations.find((candidate): candidate is { siteConfig?: SiteConfig } => (candidate as { name?: string } | null)?.name === 'setlist');
  const siteConfig = setlist?.siteConfig;
  if (!siteConfig) throw new SiteConfigError(`${file} has no setlist({...}) among its integrations`);
  return siteConfig;
}
