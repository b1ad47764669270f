/**
 * Runs a production build on a corpus and measures it: wall time, stage times from its
 * streamed output, and peak RSS of its whole process tree. Setlist's is `node scripts/setlist.ts build`
 * (what `npm run build` runs); a bare baseline project's is `astro build`.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';
import { watchProcessTree, type MemoryPeak } from './proc-tree.ts';
import { deriveStages, type Stage, type TimedLine } from './stages.ts';

export interface BuildSetup {
  projectRoot: string;
  /** What this Node runs in projectRoot, before `--outDir <outDir>`: the build script and its arguments. */
  command: string[];
  contentDir: string;
  cacheDir: string;
  outDir: string;
  /** Where the build's full output goes, for reading after a failure or a surprise. */
  logFile: string;
}

export interface BuildRun {
  exitCode: number;
  wallMs: number;
  stages: Stage[];
  peakRssBytes: number;
  /** When the peak was, and each process's share of it. */
  peak: MemoryPeak;
  /** Lines Astro or Vite flagged as warnings; a count, so a noisy build stands out. */
  warningLines: number;
  logFile: string;
}

/** The environment of a user's production build: no stray NODE_ENV, no colours to strip. */
function buildEnv(setup: BuildSetup): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_ENV;
  return {
    ...env,
    SETLIST_CONTENT_DIR: setup.contentDir,
    SETLIST_CACHE_DIR: setup.cacheDir,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** Stamps each line as it arrives, so stage boundaries are when the build said them. */
function collectLines(stream: NodeJS.ReadableStream, origin: number, lines: TimedLine[]): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (text) => {
    lines.push({ ms: performance.now() - origin, text: stripVTControlCharacters(text) });
  });
}

export function runBuild(setup: BuildSetup): Promise<BuildRun> {
  const origin = performance.now();
  const child = spawn(process.execPath, [...setup.command, '--outDir', setup.outDir], {
    cwd: setup.projectRoot,
    env: buildEnv(setup),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: TimedLine[] = [];
  collectLines(child.stdout, origin, lines);
  collectLines(child.stderr, origin, lines);
  if (child.pid === undefined) return Promise.reject(new Error(`could not start node ${setup.command.join(' ')}`));
  const watcher = watchProcessTree(child.pid, origin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // 'close' (not 'exit') waits for both pipes to drain, so no line is lost.
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - origin;
      const { peakRssBytes, peak, sightings } = watcher.stop();
      writeFileSync(setup.logFile, lines.map((entry) => `${(entry.ms / 1000).toFixed(3).padStart(9)}  ${entry.text}`).join('\n') + '\n');
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        wallMs,
        stages: deriveStages(lines, sightings, wallMs),
        peakRssBytes,
        peak,
        warningLines: lines.filter((entry) => /\[WARN\]/.test(entry.text)).length,
        logFile: setup.logFile,
      });
    });
  });
}
