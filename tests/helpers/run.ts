import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot, siteRoot } from './paths.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Variables Vitest sets for its own workers; Vite (and so Astro) would read them as "dev mode". */
const testRunnerVariables = /^(NODE_ENV|TEST|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** The environment a user's shell would give a command, without the test runner's variables. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name)));
  return { ...env, ...extra, FORCE_COLOR: '0', NO_COLOR: '1' };
}

const resultOf = (result: SpawnSyncReturns<string>): RunResult => ({
  status: result.status,
  stdout: result.stdout,
  stderr: result.stderr,
  output: `${result.stdout}\n${result.stderr}`,
});

/** Runs an npm script of this repository for real (the bench), the way its developers do. */
export function runNpm(args: string[], env: Record<string, string> = {}): RunResult {
  return resultOf(spawnSync('npm', ['run', '--silent', ...args], { cwd: projectRoot, env: userEnv(env), encoding: 'utf8', timeout: 300_000 }));
}

/**
 * Runs a `setlist` command in the fixture site (tests/fixtures/site/), as a site's `npm run build`
 * runs `setlist build`: `runSetlist(['build', '--outDir', dir])`.
 */
export function runSetlist(args: string[], env: Record<string, string> = {}): RunResult {
  return runSetlistIn(siteRoot, args, env);
}

/** Runs a `setlist` command in another site of the tests (a copy of the fixture site with other options). */
export function runSetlistIn(root: string, args: string[], env: Record<string, string> = {}): RunResult {
  return resultOf(
    spawnSync(process.execPath, [join(projectRoot, 'scripts/setlist.ts'), ...args], { cwd: root, env: userEnv(env), encoding: 'utf8', timeout: 300_000 }),
  );
}
