import { spawn } from 'node:child_process';
import { freePort } from './free-port.ts';
import { astroCli } from '../../src/node/astro-cli.ts';
import { siteRoot } from './paths.ts';
import { userEnv } from './run.ts';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): void;
}

/**
 * A site's dev server on a free loopback port, as an author runs it (`astro dev` in the fixture
 * site unless another site and command are given); resolves once it watches files.
 */
export async function startDevServer(
  env: Record<string, string>,
  site: { cwd: string; command: string[] } = { cwd: siteRoot, command: [process.execPath, astroCli(), 'dev'] },
): Promise<DevServer> {
  const port = await freePort();
  const [program = 'npm', ...args] = site.command;
  const server = spawn(program, [...args, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: site.cwd,
    env: userEnv(env),
    stdio: 'pipe',
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const stop = () => {
    if (server.exitCode === null) process.kill(-server.pid!, 'SIGTERM');
  };
  const deadline = Date.now() + 60_000;
  while (!log.includes('watching for file changes')) {
    if (Date.now() > deadline || server.exitCode !== null) {
      stop();
      throw new Error(`the dev server did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin: `http://127.0.0.1:${port}`, log: () => log, stop };
}
