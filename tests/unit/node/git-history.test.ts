import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitHistory, repositoryPath } from '../../../src/node/git-history.ts';

const scratch = mkdtempSync(join(tmpdir(), 'setlist-git-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Commits the files as they are, at `time`, in a real repository. */
function commitAt(repo: string, time: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time };
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=T', '-c', 'user.email=t@example.org', ...args], { env, stdio: 'ignore' });
  git('add', '-A');
  git('commit', '-q', '-m', time);
}

describe('git history of a content folder', () => {
  const repo = join(scratch, 'site');
  const content = join(repo, 'content');
  mkdirSync(join(content, 'insights'), { recursive: true });
  execFileSync('git', ['init', '-q', repo]);
  writeFileSync(join(content, 'insights/a.mdx'), 'one');
  writeFileSync(join(content, 'insights/b.mdx'), 'one');
  commitAt(repo, '2026-10-01T09:00:00Z');
  writeFileSync(join(content, 'insights/a.mdx'), 'two');
  commitAt(repo, '2026-11-15T18:30:00Z');
  writeFileSync(join(content, 'insights/c.mdx'), 'not committed');

  it('gives each committed file the time of its last commit, and none to a file never committed', () => {
    const history = gitHistory(content)!;
    expect(history.root).toBe(repo);
    expect(history.lastChanged.get(join(content, 'insights/a.mdx'))?.toISOString()).toBe('2026-11-15T18:30:00.000Z');
    expect(history.lastChanged.get(join(content, 'insights/b.mdx'))?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(history.lastChanged.has(join(content, 'insights/c.mdx'))).toBe(false);
    expect(repositoryPath(history, join(content, 'insights/a.mdx'))).toBe('content/insights/a.mdx');
  });

  it("is undefined outside a repository, where paths are the site folder's, and none outside it", () => {
    const outside = join(scratch, 'no-git');
    mkdirSync(outside);
    expect(gitHistory(outside)).toBeUndefined();
    expect(repositoryPath(undefined, 'content/insights/a.mdx')).toBe('content/insights/a.mdx');
    expect(repositoryPath(undefined, join(outside, 'a.mdx'))).toBeUndefined();
  });
});
