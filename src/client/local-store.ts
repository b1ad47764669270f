/** One entry of the browser's localStorage, and the failures a page must tell its reader about. */
export interface EntryStore {
  read(): string | null;
  /** False when the browser refused the write (storage full). */
  write(value: string): boolean;
  clear(): void;
  /** Every key in this site's storage, to find entries kept under an earlier version's key. */
  keys(): string[];
}

/** localStorage, or undefined where the browser refuses it (privacy modes, disabled storage). */
export function openStore(key: string): EntryStore | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${key}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      read: () => storage.getItem(key),
      write: (value) => {
        try {
          storage.setItem(key, value);
          return true;
        } catch {
          return false;
        }
      },
      clear: () => storage.removeItem(key),
      keys: () => Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? ''),
    };
  } catch {
    return undefined;
  }
}
