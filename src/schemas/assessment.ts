import { z } from 'zod';
import { idPattern } from './shared.ts';

/** One area of a filled-in scorecard: a score (or none yet) and the reader's notes. */
const areaEntrySchema = z
  .object({
    score: z.number().int().min(1).max(5).nullable(),
    evidence: z.string().max(5000),
    nextMove: z.string().max(5000),
  })
  .strict();

/**
 * A reader's self-assessment against one version of one scorecard template. It is what the
 * page saves in the browser and what "Export JSON" writes and "Import JSON" reads back.
 */
export const assessmentSchema = z
  .object({
    format: z.literal('setlist-scorecard'),
    templateId: idPattern,
    templateVersion: z.number().int().min(1),
    areas: z.record(idPattern, areaEntrySchema),
    savedAt: z.iso.datetime(),
  })
  .strict();

export type AreaEntry = z.infer<typeof areaEntrySchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * A dated record of a scorecard's scores: one person's, or a team's means (hence fractions).
 * The page keeps a history of them per template version, to show the change since the last one.
 */
const snapshotSchema = z
  .object({
    savedAt: z.iso.datetime(),
    source: z.enum(['mine', 'team']),
    /** How many people's scores a team snapshot averages. */
    people: z.number().int().min(1).optional(),
    scores: z.record(idPattern, z.number().min(1).max(5).nullable()),
  })
  .strict();

/** "Export history" writes it and "Import history" reads it back. */
export const historySchema = z
  .object({
    format: z.literal('setlist-scorecard-history'),
    templateId: idPattern,
    templateVersion: z.number().int().min(1),
    snapshots: z.array(snapshotSchema).max(1000),
  })
  .strict();

export type Snapshot = z.infer<typeof snapshotSchema>;
