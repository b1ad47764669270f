import { z } from 'zod';
import { idPattern } from './shared.ts';

/** One level of the 1-5 maturity scale, with what that level looks like in practice. */
const scoreLevelSchema = z.object({
  score: z.number().int().min(1).max(5),
  label: z.string().min(1),
  descriptor: z.string().min(1),
});

export type ScoreLevel = z.infer<typeof scoreLevelSchema>;

/** A capability area a team scores; when tied to a framework, its id matches a step id. */
const scorecardAreaSchema = z.object({
  id: idPattern,
  title: z.string().min(1),
  evidencePrompt: z.string().min(1),
  nextMovePrompt: z.string().min(1),
});

/** The maturity scale a template uses unless it defines its own. */
export const defaultScale: ScoreLevel[] = [
  { score: 1, label: 'Absent', descriptor: 'Nobody owns it; it works by luck or heroics.' },
  { score: 2, label: 'Ad hoc', descriptor: 'Some people do it some of the time; little is written down.' },
  { score: 3, label: 'Defined', descriptor: 'Written down with an owner and followed most of the time.' },
  { score: 4, label: 'Measured', descriptor: 'A signal is reviewed every week and gaps get fixed.' },
  { score: 5, label: 'Improving', descriptor: 'Rehearsed, measured and improved every cycle; other teams reuse it.' },
];

/**
 * A reusable scorecard template (`content/scorecards/<id>.yaml`).
 * Kept small on purpose: the self-assessment issue extends it.
 */
export const scorecardTemplateSchema = z
  .object({
    title: z.string().min(1),
    version: z.number().int().min(1),
    scale: z
      .array(scoreLevelSchema)
      .length(5)
      .refine((levels) => levels.every((level, index) => level.score === index + 1), {
        message: 'expected the five levels in order, scores 1, 2, 3, 4, 5',
      })
      .default(defaultScale),
    areas: z.array(scorecardAreaSchema).min(1),
  })
  .strict();

export type ScorecardArea = z.infer<typeof scorecardAreaSchema>;
export type ScorecardTemplate = z.infer<typeof scorecardTemplateSchema>;
