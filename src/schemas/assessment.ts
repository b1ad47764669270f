import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { idPattern } from './shared.ts';

// These schemas run in the scorecard page's script too, so they use zod's tree-shakable API
// (the full one would be most of the page's JavaScript), which loads no messages by itself:
// the English ones are set here. `jitless` keeps zod from compiling parsers with
// `new Function`: the page's Content-Security-Policy forbids it, and even zod's probe for it is
// reported as a violation. Both must be set before the first object schema below is made.
z.config({ ...en(), jitless: true });

/** One area of a filled-in scorecard: a score (or none yet) and the reader's notes. */
const areaEntrySchema = z.strictObject({
  score: z.nullable(z.int().check(z.minimum(1), z.maximum(5))),
  evidence: z.string().check(z.maxLength(5000)),
  nextMove: z.string().check(z.maxLength(5000)),
});

/**
 * A reader's self-assessment against one version of one scorecard template. It is what the
 * page saves in the browser and what "Export JSON" writes and "Import JSON" reads back.
 */
export const assessmentSchema = z.strictObject({
  format: z.literal('setlist-scorecard'),
  templateId: idPattern,
  templateVersion: z.int().check(z.minimum(1)),
  areas: z.record(idPattern, areaEntrySchema),
  savedAt: z.iso.datetime(),
});

export type AreaEntry = z.infer<typeof areaEntrySchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * A dated record of a scorecard's scores: one person's, or a team's means (hence fractions).
 * The page keeps a history of them per template version, to show the change since the last one.
 */
const snapshotSchema = z.strictObject({
  savedAt: z.iso.datetime(),
  source: z.enum(['mine', 'team']),
  /** How many people's scores a team snapshot averages. */
  people: z.optional(z.int().check(z.minimum(1))),
  scores: z.record(idPattern, z.nullable(z.number().check(z.minimum(1), z.maximum(5)))),
});

/** "Export history" writes it and "Import history" reads it back. */
export const historySchema = z.strictObject({
  format: z.literal('setlist-scorecard-history'),
  templateId: idPattern,
  templateVersion: z.int().check(z.minimum(1)),
  snapshots: z.array(snapshotSchema).check(z.maxLength(1000)),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
