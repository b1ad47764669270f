/**
 * The author's loop, measured as an author lives it (`npm run bench -- --dev`): a cold `astro dev`
 * until the first article page answers, then saves of one file, each timed from the write until
 * the page the dev server answers holds the new text. The same measure runs on Setlist and on
 * the Starlight peer (peer.ts), each with its own kinds of edit.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** One kind of edit an author makes, to one file, seen on one page. */
export interface DevEdit {
  kind: DevEditKind;
  file: string;
  /** The page (a path on the dev server) that shows the edited text. */
  pagePath: string;
  /** The file's text with `marker` written into the part this kind of edit changes. */
  apply: (original: string, marker: string) => string;
}

export type DevEditKind = 'body' | 'frontmatter' | 'template';

/** What the dev loop is measured on: how its dev server starts and what an author edits. */
export interface DevTarget {
  name: string;
  /** Starts the dev server cold (its caches removed) on `port`. */
  start: (port: number) => ChildProcess;
  /** The article page whose first answer ends the cold start. */
  firstPagePath: string;
  edits: DevEdit[];
}

export interface DevEditResult {
  kind: DevEditKind;
  /** Each save's time from the write to the first answer holding the new text. */
  savesMs: number[];
  medianMs: number;
}

export interface DevLoopResult {
  name: string;
  coldStartMs: number;
  edits: DevEditResult[];
  /** Where the dev server's output went, for reading after a surprise. */
  logFile: string;
}

/** Saves per kind of edit; the median is the figure. */
export const savesPerEdit = 5;
/** A page that never shows a save is a broken dev loop, not a slow one. */
const saveTimeoutMs = 60_000;
const startTimeoutMs = 180_000;
/** Between saves: the server's after-work of one save (a second file event, a reload) settles first. */
const pauseBetweenSavesMs = 1_000;
const pollMs = 20;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function pageText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(saveTimeoutMs) });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined; // not listening yet
  }
}

/** Polls `url` until its answer passes `test`, or throws an error naming the page after `timeoutMs`. */
async function until(url: string, test: (text: string) => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    const text = await pageText(url);
    if (text !== undefined && test(text)) return;
    if (performance.now() - started > timeoutMs) throw new Error(`${what}: ${url} did not answer as expected within ${timeoutMs / 1000} s`);
    await sleep(pollMs);
  }
}

async function measureEdit(origin: string, edit: DevEdit, label: string): Promise<DevEditResult> {
  const original = readFileSync(edit.file, 'utf8');
  const savesMs: number[] = [];
  try {
    for (let save = 0; save < savesPerEdit; save++) {
      // A word no page holds yet, different each save.
      const marker = `benchmark${edit.kind}${save}${Date.now().toString(36)}`;
      const text = edit.apply(original, marker);
      if (!text.includes(marker)) throw new Error(`the ${edit.kind} edit wrote no marker into ${edit.file}`);
      await sleep(pauseBetweenSavesMs);
      const started = performance.now();
      writeFileSync(edit.file, text);
      await until(`${origin}${edit.pagePath}`, (page) => page.includes(marker), saveTimeoutMs, `${label}: ${edit.kind} edit ${save + 1}`);
      savesMs.push(performance.now() - started);
    }
  } finally {
    writeFileSync(edit.file, original);
  }
  return { kind: edit.kind, savesMs, medianMs: median(savesMs) };
}

/** Starts the target's dev server cold, waits for its first article page, then times each kind of edit. */
export async function measureDevLoop(target: DevTarget, port: number, logFile: string): Promise<DevLoopResult> {
  const origin = `http://localhost:${port}`;
  const started = performance.now();
  const server = target.start(port);
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) => reject(new Error(`${target.name}'s dev server exited (code ${code}); its output is in ${logFile}`))),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([until(`${origin}${target.firstPagePath}`, () => true, startTimeoutMs, `${target.name} cold start`), exited]);
    const coldStartMs = performance.now() - started;
    const edits: DevEditResult[] = [];
    for (const edit of target.edits) edits.push(await Promise.race([measureEdit(origin, edit, target.name), exited]));
    return { name: target.name, coldStartMs, edits, logFile };
  } finally {
    server.removeAllListeners('exit');
    // The dev server's process group: npx and astro under it.
    if (server.pid !== undefined) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        server.kill('SIGTERM');
      }
    }
    writeFileSync(logFile, log);
  }
}

/** Writes `marker` right after a YAML key's opening quote, or after the key when the value is bare. */
export function markYamlValue(text: string, key: string, marker: string): string {
  const line = new RegExp(`^(\\s*(?:- )?${key}: )("?)`, 'm');
  return text.replace(line, (_, head: string, quote: string) => `${head}${quote}${marker} `);
}

/** A body edit: one paragraph more at the end of the file, holding `marker`. */
export const appendParagraph = (text: string, marker: string): string => `${text.trimEnd()}\n\nThe ${marker} closes the body.\n`;
