import { spawnSync } from 'node:child_process';
import { projectRoot } from './paths.ts';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs an npm script of this project for real, the way a user would. */
export function runNpm(args: string[], env: Record<string, string> = {}): RunResult {
  const result = spawnSync('npm', ['run', '--silent', ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
