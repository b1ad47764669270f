import type { Insight } from '../schemas/insight.ts';

/** Every piece of reader-facing text in an article's structured parts, for word counts. */
export function structuredText(data: Insight): string[] {
  return [
    data.description,
    ...data.tldr,
    data.framework.name,
    data.framework.intro,
    ...data.framework.steps.flatMap((step) => [step.title, step.summary, ...step.operatorChecks]),
    data.scorecard.usage,
    ...data.checklist,
    ...data.objections.flatMap((item) => [item.objection, item.rebuttal]),
    data.cadence.summary,
    ...data.cadence.rhythms.flatMap((rhythm) => [rhythm.interval, rhythm.ritual, rhythm.metric]),
    data.failureSignals.intro,
    ...data.failureSignals.signals,
    data.failureSignals.response,
    ...data.leadershipQuestions,
    data.ninetyDays,
    ...data.takeaways,
    data.teaser,
    data.cta,
  ];
}
