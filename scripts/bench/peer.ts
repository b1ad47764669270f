/**
 * The Starlight peer (`../shared/bench/peer.sh`): the same number of articles built by Astro
 * Starlight, interleaved with cold Setlist builds of the bench's corpus (the machine's speed
 * drifts between runs; a ratio of runs taken in turn holds). `npm run bench -- --peer`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appendParagraph, markYamlValue, type DevTarget } from './dev-loop.ts';

export interface PeerResult {
  rounds: number;
  setlistMedianMs: number;
  peerMedianMs: number;
  /** Setlist's median cold build over Starlight's: what the peer budget limits. */
  ratio: number;
  /** peer.sh's own lines, one per round and the medians. */
  lines: string[];
}

export interface PeerOptions {
  projectRoot: string;
  scratchRoot: string;
  contentDir: string;
  articles: number;
  rounds: number;
}

/** Where peer.sh installs the peer (its `setup`). */
const peerInstall = '/tmp/setlist-peer-starlight';

function run(args: string[], cwd: string): string {
  const result = spawnSync('bash', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bash ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** peer.sh, once the peer is installed; an error saying how to install it otherwise. */
function peerScript(projectRoot: string): string {
  const script = resolve(projectRoot, '../shared/bench/peer.sh');
  if (!existsSync(script)) throw new Error(`--peer needs the Starlight peer at ${script} (the shared folder beside the project)`);
  if (!existsSync(peerInstall)) throw new Error(`--peer needs the peer installed once: bash ${script} setup`);
  return script;
}

export function runPeer(options: PeerOptions): PeerResult {
  const script = peerScript(options.projectRoot);
  console.log(`… Starlight peer: ${options.articles} articles, ${options.rounds} interleaved round${options.rounds === 1 ? '' : 's'}`);
  run([script, 'corpus', String(options.articles)], options.projectRoot);
  // Each Setlist round is a cold build: a fresh cache and output folder, as the bench's cold run.
  const cache = join(options.scratchRoot, 'peer-cache');
  const out = join(options.scratchRoot, 'peer-dist');
  const coldBuild = `rm -rf '${cache}' '${out}' && SETLIST_CONTENT_DIR='${options.contentDir}' SETLIST_CACHE_DIR='${cache}' exec '${process.execPath}' scripts/setlist.ts build --outDir '${out}'`;
  const lines = run([script, 'pair', String(options.rounds), 'sh', '-c', coldBuild], options.projectRoot)
    .trim()
    .split('\n');
  const medians = /median wall: setlist ([\d.]+) s, starlight ([\d.]+) s, ratio ([\d.]+)/.exec(lines.at(-1) ?? '');
  if (!medians) throw new Error(`peer.sh printed no medians:\n${lines.join('\n')}`);
  return { rounds: options.rounds, setlistMedianMs: Number(medians[1]) * 1000, peerMedianMs: Number(medians[2]) * 1000, ratio: Number(medians[3]), lines };
}

/**
 * The peer's side of the dev loop bench: its `astro dev` (peer.sh removes its caches) on as many
 * articles, and the same kinds of edit on its first article. Starlight has no scorecard
 * templates, so it has no template edit.
 */
export function peerDevTarget(projectRoot: string, articles: number): DevTarget {
  const script = peerScript(projectRoot);
  run([script, 'corpus', String(articles)], projectRoot);
  const docs = join(peerInstall, 'src/content/docs');
  const first = readdirSync(docs)
    .filter((name) => name.endsWith('.mdx'))
    .sort()[0];
  if (!first) throw new Error(`peer.sh corpus wrote no article into ${docs}`);
  const file = join(docs, first);
  const pagePath = `/${first.replace(/\.mdx$/, '')}/`;
  return {
    name: 'Starlight',
    start: (port) => spawn('bash', [script, 'dev', String(port)], { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
    firstPagePath: pagePath,
    edits: [
      { kind: 'body', file, pagePath, apply: appendParagraph },
      { kind: 'frontmatter', file, pagePath, apply: (text, marker) => markYamlValue(text, 'description', marker) },
    ],
  };
}
