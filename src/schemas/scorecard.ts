import { z } from 'zod';
import { uiTexts } from '../domain/ui-text/index.ts';
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

/**
 * The maturity scale a template uses unless it defines its own: Setlist's, in English here; a page
 * shows it in the site's language (`readerScale`).
 */
export const defaultScale: ScoreLevel[] = uiTexts.en.tools.defaultScale;

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
