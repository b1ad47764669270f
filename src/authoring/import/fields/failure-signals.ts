/** The failure signals part: what early warnings look like, the signs, and what to do when they appear. */
import { failureSignalsOf } from '../parts.ts';
import { plural, type PartSections } from './part-sections.ts';

export function failureSignalsField(parts: PartSections) {
  const signals = failureSignalsOf(parts.blocks('FailureSignals'));
  parts.recognise('FailureSignals', plural(signals.signals.length, 'signal'));
  return {
    intro: signals.intro ?? parts.gap('FailureSignals', 'what early warnings look like'),
    signals: signals.signals.length ? signals.signals : [parts.gap('FailureSignals', 'the early warning signs, one a line')],
    response: signals.response ?? parts.gap('FailureSignals', 'what to do when they appear'),
  };
}
