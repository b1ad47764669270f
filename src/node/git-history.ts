/**
 * When each file last changed, from git: what "Last changed" shows beside an article's review
 * date, and where the site's repository keeps it (for the `editUrl` link). One `git log` for the
 * whole folder, not one per file.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

export interface GitHistory {
  /** The repository's top folder. */
  root: string;
  /** The last commit's time of each file that git has seen change, by absolute path. */
  lastChanged: Map<string, Date>;
}

const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/** The history of `dir`; undefined when git is missing or `dir` is not in a repository. */
export function gitHistory(dir: string): GitHistory | undefined {
  let root: string;
  let log: string;
  try {
    root = git(dir, ['rev-parse', '--show-toplevel']).trim();
    // Each commit is a line "\u0000<ISO time>", then the names of the files it changed (from the top folder).
    log = git(dir, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.']);
  } catch {
    return undefined;
  }
  const lastChanged = new Map<string, Date>();
  let time: Date | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('\u0000')) time = new Date(line.slice(1));
    else if (line && time) {
      const file = resolve(root, line);
      // Newest commits come first: the first time a file is named is its last change.
      if (!lastChanged.has(file)) lastChanged.set(file, time);
    }
  }
  return { root, lastChanged };
}

/**
 * A file's path as the repository has it (`/`-separated); without a repository, from the site's
 * folder (the working directory). Undefined for a file outside either: no link can name it.
 */
export function repositoryPath(history: GitHistory | undefined, file: string): string | undefined {
  const path = relative(history?.root ?? process.cwd(), resolve(file))
    .split('\\')
    .join('/');
  return path.startsWith('../') ? undefined : path;
}
