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

/** `astro dev` in the fixture site on a free loopback port, as an author runs it; resolves once it watches files. */
export async function startDevServer(env: Record<string, string>): Promise<DevServer> {
  const port = await freePort();
  const server = spawn(process.execPath, [astroCli(), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: siteRoot,
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
      throw new Error(`npm run dev did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { origin: `http://127.0.0.1:${port}`, log: () => log, stop };
}
