/**
 * The dev server's saved content files, handled one batch at a time. A file's events are gathered
 * for a moment (an editor's save, or a rename, is several events a few milliseconds apart); then the
 * pages being drawn are finished and the batch is handled. The next batch waits for it, so an older
 * result never wins, and the pages wait from a file's first event until every batch in hand is
 * handled (dev-pages-gate.ts).
 *
 * The watcher reports a file's changes once in 50 ms at most (chokidar's throttle), longer than the
 * moment the events are gathered for: a write it leaves out is found once the batch is handled, as a
 * file whose text is not the one it had when the handling began, and is handled as one more change.
 */
import { textOnDisk, type ContentEvent } from '../node/content-watcher.ts';
import type { DevPagesGate } from './dev-pages-gate.ts';

export type ContentChange = [file: string, event: ContentEvent];

export interface DevContentChangesOptions {
  /** How long a file's events are gathered for, after the last one. */
  settleMs: number;
  /** Batches wait for it (the dev server's first content check). */
  ready: Promise<void>;
  pages: Pick<DevPagesGate, 'hold' | 'release' | 'drawn'>;
  handle: (changes: ContentChange[]) => Promise<void>;
  onError: (error: unknown) => void;
}

/** The function the content watcher calls with each file event. */
export function devContentChanges({ settleMs, ready, pages, handle, onError }: DevContentChangesOptions): (event: ContentEvent, file: string) => void {
  const pending = new Map<string, ContentEvent>();
  let timer: NodeJS.Timeout | undefined;
  let queue = ready;
  let handling = 0;

  const handleNoticingMissedWrites = async (changes: ContentChange[]) => {
    const textsBefore = new Map(changes.map(([file]) => [file, textOnDisk(file)]));
    await handle(changes);
    for (const [file, before] of textsBefore) {
      const now = textOnDisk(file);
      if (now !== before) changed(now === undefined ? 'unlink' : before === undefined ? 'add' : 'change', file);
    }
  };

  const changed = (event: ContentEvent, file: string) => {
    pages.hold();
    pending.set(file, event);
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const changes = [...pending];
      pending.clear();
      handling++;
      queue = queue
        .then(() => pages.drawn())
        .then(() => handleNoticingMissedWrites(changes))
        .catch(onError)
        .finally(() => {
          handling--;
          if (timer === undefined && pending.size === 0 && handling === 0) pages.release();
        });
    }, settleMs);
  };
  return changed;
}
