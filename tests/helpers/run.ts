import { spawnSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

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

/** Runs an npm script of this project for real, the way a user would. */
export function runNpm(args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    env: userEnv(env),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
