/**
 * Fails when any internal href/src/srcset in a built site leads nowhere, naming the page and
 * the link. The build runs the same check at its end; alone: `npm run check:links [-- dir]`.
 */
import { checkBuiltLinks } from '../src/node/check-built-links.ts';
import { siteConfigFor } from './site-options.ts';

const { ok, lines } = checkBuiltLinks(process.argv[2] ?? 'dist', await siteConfigFor('check links'));
for (const line of lines) (ok ? console.log : console.error)(line);
if (!ok) process.exit(1);
