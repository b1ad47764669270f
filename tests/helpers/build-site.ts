import { runSetlist } from './run.ts';
import { fixtureBuildTime } from './site-config.ts';

/** Vitest global setup: one real production build of the fixture site into its dist/, as of a fixed day. */
export default function buildSite(): void {
  const result = runSetlist(['build'], { SETLIST_BUILD_TIME: fixtureBuildTime });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (exit ${result.status}):\n${result.output}`);
  }
}
