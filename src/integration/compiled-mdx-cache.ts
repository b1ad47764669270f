/**
 * Compiled MDX kept between builds. Astro bundles every MDX module again on each build, and
 * compiling them through remark was most of that bundling (1,000 articles: ~7 s of two cores);
 * a module whose source and compiler are unchanged since the last compile is read back instead.
 *
 * One file per source file, named by its path and overwritten when it changes, so the cache
 * never holds more entries than there are articles (plus those of deleted ones).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

interface Entry<Result> {
  digest: string;
  result: Result;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export class CompiledMdxCache<Result> {
  private readonly dir: string;
  private readonly compiler: string;

  /**
   * `compiler` names everything the output depends on besides the source: the processor's
   * options and the exact versions of the packages that compile (their lockfile).
   */
  constructor(dir: string, compiler: string) {
    this.dir = dir;
    this.compiler = sha256(compiler);
  }

  private entryFile(filePath: string): string {
    return join(this.dir, `${sha256(filePath).slice(0, 32)}.bin`);
  }

  private digest(filePath: string, content: string): string {
    return sha256(`${this.compiler}\0${filePath}\0${content}`);
  }

  /** The result compiled last time from exactly this source with this compiler, if kept. */
  read(filePath: string, content: string): Result | undefined {
    let entry: Entry<Result>;
    try {
      entry = deserialize(readFileSync(this.entryFile(filePath))) as Entry<Result>;
    } catch {
      // No entry yet, or one cut short by an interrupted build: compile again.
      return undefined;
    }
    return entry.digest === this.digest(filePath, content) ? entry.result : undefined;
  }

  write(filePath: string, content: string, result: Result): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.entryFile(filePath);
    // Written aside and renamed, so a build stopped midway never leaves half an entry.
    writeFileSync(`${file}.${process.pid}`, serialize({ digest: this.digest(filePath, content), result } satisfies Entry<Result>));
    renameSync(`${file}.${process.pid}`, file);
  }
}
