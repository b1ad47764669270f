/**
 * `npm run check`: everything that can be wrong before a build, in one run: all content
 * (schemas, cross-article rules, links, teasers) and TypeScript (`astro check`).
 * Exits 0 only when both hold.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  { name: 'content', command: process.execPath, args: ['tools/check-content.ts'] },
  { name: 'types', command: 'astro', args: ['check'] },
];
const failed = steps.filter((step) => spawnSync(step.command, step.args, { stdio: 'inherit' }).status !== 0).map((step) => step.name);
if (failed.length) {
  console.error(`✗ check: ${failed.join(' and ')} failed`);
  process.exit(1);
}
console.log('✓ check: content and types are valid');
