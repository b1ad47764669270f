/**
 * The production build: check content (clear errors, no stack traces), render with Astro
 * while a second process draws the link-preview images, index the output with Pagefind,
 * then refuse broken internal links. `npm run build -- --outDir <dir>` builds elsewhere.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;

// Astro decides "dev or not" from NODE_ENV; a stray value (test runners set "test") would
// publish drafts, so the production build always says production.
const env = { ...process.env, NODE_ENV: 'production' };

function start(command: string, args: string[]): Promise<number | null> {
  const child = spawn(command, args, { stdio: 'inherit', env });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`✗ build: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', resolve);
  });
}

/** Runs one step; a failed step ends the build with its exit code. */
async function run(command: string, args: string[]): Promise<void> {
  const status = await start(command, args);
  if (status !== 0) process.exit(status ?? 1);
}

await run(process.execPath, ['tools/check-content.ts']);
// A small heap keeps this helper's memory from adding much to Astro's peak (it needs little).
const images = start(process.execPath, ['--max-old-space-size=192', '--max-semi-space-size=2', 'src/og/prerender-process.ts']);
await run('astro', ['build', '--outDir', outDir]);
// The endpoint draws any image itself if that process falls behind, so its failure costs time, not correctness.
if ((await images) !== 0) console.warn('  warning: drawing preview images ahead of the build failed; the build drew them itself');
await run('pagefind', ['--site', outDir, '--quiet']);
await run(process.execPath, ['tools/check-links.ts', outDir]);
console.log(`✓ build: site written to ${outDir}/`);
