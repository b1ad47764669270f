/** Human-readable figures for the bench table. */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

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
