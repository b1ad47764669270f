/**
 * One person's scorecard result as a link: the scores (and, when they choose, their evidence
 * and next moves) travel in the URL fragment, which browsers never send to a server, so the
 * result reaches only whoever the link is given to.
 *
 * `#result=<payload>.<check>`: the payload is base64url of a small JSON object (format `f`,
 * template `t` and version `v`, scores `s` as one digit per area in template order, `-` for
 * none, and optionally notes `n` as [evidence, next move] per area); the check is a hash of
 * the payload, so a link cut short or edited by hand is refused rather than half read.
 */
import type { Assessment } from '../schemas/assessment.ts';
import { emptyAssessment, entryFor, readAssessment, type TemplateForAssessment } from './assessment.ts';
import { textHash } from './text-hash.ts';
import type { ClientText } from './ui-text/client-text.ts';

export const resultLinkPrefix = '#result=';
const linkFormat = 1;

interface LinkPayload {
  f: number;
  t: string;
  v: number;
  s: string;
  n?: [string, string][];
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

/** The fragment (with its `#`) that carries this result. */
export function resultLinkFragment(assessment: Assessment, template: TemplateForAssessment, options: { withNotes: boolean }): string {
  const entries = template.areas.map((area) => entryFor(assessment, area.id));
  const payload: LinkPayload = {
    f: linkFormat,
    t: template.id,
    v: template.version,
    s: entries.map((entry) => (entry.score === null ? '-' : String(entry.score))).join(''),
    ...(options.withNotes ? { n: entries.map((entry): [string, string] => [entry.evidence, entry.nextMove]) } : {}),
  };
  const encoded = toBase64Url(JSON.stringify(payload));
  return `${resultLinkPrefix}${encoded}.${textHash(encoded)}`;
}

export type LinkResult = { ok: true; assessment: Assessment; withNotes: boolean } | { ok: false; message: string };

/** Reads a result link's fragment; a bad one gets a reason and yields nothing. */
export function readResultLink(fragment: string, template: TemplateForAssessment, text: ClientText, now = new Date()): LinkResult {
  const { resultLink: refused } = text;
  const body = fragment.startsWith(resultLinkPrefix) ? fragment.slice(resultLinkPrefix.length) : fragment;
  if (!/^[A-Za-z0-9_-]+\.[0-9a-z]+$/.test(body)) {
    return { ok: false, message: refused.badCharacters };
  }
  const [encoded = '', check] = body.split('.');
  if (textHash(encoded) !== check) return { ok: false, message: refused.changed };
  let payload: LinkPayload;
  try {
    payload = JSON.parse(fromBase64Url(encoded)) as LinkPayload;
  } catch {
    return { ok: false, message: refused.unreadable };
  }
  if (payload.f !== linkFormat) return { ok: false, message: refused.otherFormat(String(payload.f)) };
  if (payload.t !== template.id || payload.v !== template.version) {
    return { ok: false, message: refused.otherScorecard(String(payload.t), String(payload.v), template.id, template.version) };
  }
  if (typeof payload.s !== 'string' || payload.s.length !== template.areas.length || !/^[1-5-]*$/.test(payload.s)) {
    return { ok: false, message: refused.scoresDoNotFit(template.areas.length) };
  }
  const notes = Array.isArray(payload.n) ? payload.n : undefined;
  const assessment = emptyAssessment(template, now);
  template.areas.forEach((area, index) => {
    const digit = payload.s[index];
    const [evidence, nextMove] = notes?.[index] ?? ['', ''];
    assessment.areas[area.id] = { score: digit === '-' ? null : Number(digit), evidence, nextMove };
  });
  const checked = readAssessment(assessment, template, text.scorecardRead);
  if (!checked.ok) return { ok: false, message: refused.unusable(checked.message) };
  return { ok: true, assessment: checked.assessment, withNotes: notes !== undefined };
}
