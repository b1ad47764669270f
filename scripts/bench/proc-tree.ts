/**
 * Watches a process tree through Linux's /proc: the summed RSS of a process and all its
 * descendants (build.ts → astro, pagefind, check-links), and when each descendant was first
 * and last seen, which times the stages that print nothing of their own (Pagefind runs --quiet).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Sighting {
  pid: number;
  /** The command line, arguments joined by spaces. */
  command: string;
  /** Milliseconds since the sampler started, at the first and last poll that saw the process. */
  firstMs: number;
  lastMs: number;
}

/** The poll with the largest summed RSS: when, and each process's share. */
export interface MemoryPeak {
  /** Milliseconds since the sampler started. */
  atMs: number;
  processes: { command: string; rssBytes: number }[];
}

export interface TreeSamples {
  peakRssBytes: number;
  peak: MemoryPeak;
  sightings: Sighting[];
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing /proc and reading it
  }
};

/** Parent pid from /proc/<pid>/stat; the name field is in parentheses and may hold spaces, so parse after the last ")". */
function parentOf(pid: number): number | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  const afterName = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(afterName?.[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** The root and every live descendant. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const ppid = parentOf(pid);
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident set size in bytes (VmRSS), 0 for a process that has just ended. */
export function rssBytes(pid: number): number {
  const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(readText(`/proc/${pid}/status`) ?? '')?.[1];
  return kib === undefined ? 0 : Number(kib) * 1024;
}

/** A process's command line, arguments joined by spaces; empty for one that has just ended. */
export const commandOf = (pid: number): string => (readText(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();

/**
 * Polls the tree every `intervalMs` (100 ms: cheap, and fine enough for stages of a second
 * or more); times are milliseconds since `origin` (a `performance.now()` value). Summed RSS
 * counts shared pages once per process, so the peak errs high, the safe side for a budget.
 */
export function watchProcessTree(root: number, origin: number, intervalMs = 100): { stop(): TreeSamples } {
  // Keyed by pid and command: a forked child shows its parent's command until it execs.
  const sightings = new Map<string, Sighting>();
  let peakRssBytes = 0;
  let peak: MemoryPeak = { atMs: 0, processes: [] };
  const poll = (): void => {
    const now = performance.now() - origin;
    let total = 0;
    const processes: MemoryPeak['processes'] = [];
    for (const pid of processTree(root)) {
      const command = commandOf(pid);
      const rss = rssBytes(pid);
      total += rss;
      processes.push({ command, rssBytes: rss });
      const key = `${pid} ${command}`;
      const seen = sightings.get(key);
      if (seen) seen.lastMs = now;
      else sightings.set(key, { pid, command, firstMs: now, lastMs: now });
    }
    if (total > peakRssBytes) {
      peakRssBytes = total;
      peak = { atMs: now, processes };
    }
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssBytes, peak, sightings: [...sightings.values()] };
    },
  };
}
