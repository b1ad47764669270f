/**
 * `setlist check-links [dir] [--base-url https://…]`: fails when any internal href/src/srcset in a
 * built site leads nowhere, naming the page and the link. `setlist build` runs it at its end, with
 * the site's origin; alone it reads the origin from the site's config.
 */
import { parseArgs } from 'node:util';
import { checkBuiltLinks } from '../src/node/check-built-links.ts';
import { siteConfigFor } from './site-options.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'base-url': { type: 'string' } } });
const baseUrl = values['base-url'] ?? (await siteConfigFor('check links')).baseUrl;
const { ok, lines } = checkBuiltLinks(positionals[0] ?? 'dist', { baseUrl });
for (const line of lines) (ok ? console.log : console.error)(line);
if (!ok) process.exit(1);
