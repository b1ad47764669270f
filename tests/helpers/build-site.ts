import { runSetlist } from './run.ts';

/** Vitest global setup: one real production build of the shipped content into dist/. */
export default function buildSite(): void {
  const result = runSetlist(['build']);
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status}):\n${result.output}`);
  }
}
