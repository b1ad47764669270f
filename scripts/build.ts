/**
 * The production build: check content (clear errors, no stack traces), render with Astro
 * while a second process draws the link-preview images, index the output with Pagefind,
 * then refuse broken internal links. `npm run build -- --outDir <dir>` builds elsewhere.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ogImageInput } from '../src/data/og-images.ts';
import { buildTime } from '../src/lib/content-paths.ts';
import { isVisible } from '../src/lib/ordering.ts';
import { siteConfig } from '../src/site.config.ts';
import { checkAndReport } from './content-report.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;

// Astro decides "dev or not" from NODE_ENV; a stray value (test runners set "test") would
// publish drafts, so the production build always says production.
const env = { ...process.env, NODE_ENV: 'production' };

/** Runs one step; a failed step ends the build with its exit code. Asynchronous, so the image process keeps running beside it. */
async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { stdio: 'inherit', env });
  const status = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      console.error(`✗ build: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', resolve);
  });
  if (status !== 0) process.exit(status ?? 1);
}

/** Starts drawing the images of the articles this build publishes; resolves when done. */
function prerenderOgImages(articles: NonNullable<Awaited<ReturnType<typeof checkAndReport>>>): Promise<number | null> {
  const now = buildTime(process.env);
  const jobs = [
    { name: 'site', input: ogImageInput(siteConfig.title) },
    ...articles
      .filter((article) => isVisible({ id: article.slug, data: article.data }, { includeDrafts: false, now }))
      .map((article) => ({ name: article.slug, input: ogImageInput(article.data.title, article.data.framework.name) })),
  ];
  const child = spawn(process.execPath, ['scripts/og-prerender.ts'], { stdio: ['pipe', 'inherit', 'inherit'], env });
  child.stdin.end(JSON.stringify(jobs));
  return new Promise((resolve) => child.on('close', resolve));
}

const articles = await checkAndReport();
if (!articles) process.exit(1);
const images = prerenderOgImages(articles);
await run('astro', ['build', '--outDir', outDir]);
// The endpoint draws any image itself if this process falls behind, so its failure costs time, not correctness.
if ((await images) !== 0) console.warn('  warning: drawing preview images ahead of the build failed; the build drew them itself');
await run('pagefind', ['--site', outDir, '--quiet']);
await run(process.execPath, ['scripts/check-links.ts', outDir]);
console.log(`✓ build: site written to ${outDir}/`);
