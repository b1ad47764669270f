/**
 * The production build: check content (clear errors, no stack traces), render with Astro,
 * index the output with Pagefind, then refuse broken internal links. `npm run build -- --outDir <dir>` builds elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = values.outDir;

// Astro decides "dev or not" from NODE_ENV; a stray value (test runners set "test") would
// publish drafts, so the production build always says production.
const env = { ...process.env, NODE_ENV: 'production' };

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) {
    console.error(`✗ build: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, ['scripts/check-content.ts']);
run('astro', ['build', '--outDir', outDir]);
run('pagefind', ['--site', outDir, '--quiet']);
run(process.execPath, ['scripts/check-links.ts', outDir]);
console.log(`✓ build: site written to ${outDir}/`);
