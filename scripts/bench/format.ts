/** Human-readable figures for the bench table. */
/** Two decimals under 10 s, where stages of a small corpus live; one above. */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export function bytes(count: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'] as const;
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** `1.86x`: one time over another. */
export const ratio = (value: number): string => `${value.toFixed(2)}x`;
