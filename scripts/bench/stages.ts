/**
 * Splits one build's wall time into stages. The build prints no timings of its own that
 * cover everything, so each stage ends at a marker: a line of the build's output (stamped
 * when it arrived on the pipe) or the first poll that saw a child process. Stages are
 * contiguous (each starts where the previous ended), so they add up to the wall time.
 *
 * How each stage is delimited (see `stageDefinitions`):
 *   start-up         spawn of `node scripts/setlist.ts build` → "[content] Syncing content" (astro CLI, config, integrations)
 *   content sync     → "[content] Synced content" (glob loaders parse and store every entry; the
 *                    content check runs beside it on another thread, its "✓ content: …" line
 *                    comes before bundling)
 *   bundling         → "generating static routes" (types, Vite server and client builds)
 *   page rendering   → "[build] Complete!" (every route rendered, preview images awaited)
 *   Astro exit       → first poll that sees the pagefind process
 *   search + links   → "✓ search index: …" and "✓ links: …", whichever comes later (they run side by side)
 *   finish           → the build process exits
 * The process-delimited boundary is accurate to the 100 ms poll. When a marker never
 * appears (a process that lived less than one poll), that stage is null and the next stage
 * absorbs its time, saying so in `includes`.
 */
import type { Sighting } from './proc-tree.ts';

export interface TimedLine {
  /** Milliseconds since the build was spawned. */
  ms: number;
  text: string;
}

export interface Stage {
  name: string;
  /** How the stage's end is recognised. */
  endsAt: string;
  startMs: number | null;
  endMs: number | null;
  ms: number | null;
  /** Earlier stages whose end marker was missing, so their time is counted here. */
  includes: string[];
}

type Marker = { kind: 'lines'; patterns: RegExp[] } | { kind: 'process'; pattern: RegExp } | { kind: 'exit' };

interface StageDefinition {
  name: string;
  end: Marker;
  endsAt: string;
}

/** The moment the last of these lines has appeared. */
const lines = (...patterns: RegExp[]): Marker => ({ kind: 'lines', patterns });
const processSeen = (pattern: RegExp): Marker => ({ kind: 'process', pattern });

export const stageDefinitions: readonly StageDefinition[] = [
  { name: 'start-up', end: lines(/\[content\] Syncing content/), endsAt: 'line "[content] Syncing content"' },
  { name: 'content sync', end: lines(/\[content\] Synced content/), endsAt: 'line "[content] Synced content"' },
  { name: 'bundling', end: lines(/generating static routes/), endsAt: 'line "generating static routes"' },
  { name: 'page rendering', end: lines(/\[build\] Complete!/), endsAt: 'line "[build] Complete!"' },
  // Pagefind's command line runs its native binary (…/pagefind_extended or …/pagefind).
  { name: 'Astro exit', end: processSeen(/\/pagefind[\w-]*(\s|$)/), endsAt: 'pagefind process first seen' },
  { name: 'search + links', end: lines(/✓ search index:/, /✓ links:/), endsAt: 'lines "✓ search index:" and "✓ links:"' },
  { name: 'finish', end: { kind: 'exit' }, endsAt: 'build process exit' },
];

function markerTime(marker: Marker, output: readonly TimedLine[], sightings: readonly Sighting[], exitMs: number): number | undefined {
  if (marker.kind === 'exit') return exitMs;
  if (marker.kind === 'lines') {
    const times = marker.patterns.map((pattern) => output.find((candidate) => pattern.test(candidate.text))?.ms);
    return times.some((time) => time === undefined) ? undefined : Math.max(...(times as number[]));
  }
  const seen = sightings.filter((sighting) => marker.pattern.test(sighting.command)).map((sighting) => sighting.firstMs);
  return seen.length ? Math.min(...seen) : undefined;
}

export function deriveStages(output: readonly TimedLine[], sightings: readonly Sighting[], exitMs: number): Stage[] {
  let startMs = 0;
  let skipped: string[] = [];
  return stageDefinitions.map((definition) => {
    const endMs = markerTime(definition.end, output, sightings, exitMs);
    // A marker earlier than the previous one would give a negative stage; treat it as missing.
    if (endMs === undefined || endMs < startMs) {
      skipped.push(definition.name);
      return { name: definition.name, endsAt: definition.endsAt, startMs: null, endMs: null, ms: null, includes: [] };
    }
    const stage: Stage = { name: definition.name, endsAt: definition.endsAt, startMs, endMs, ms: endMs - startMs, includes: skipped };
    startMs = endMs;
    skipped = [];
    return stage;
  });
}
