/**
 * What a scorecard page keeps in the browser, read the same way by every island that needs
 * the reader's own scores or the team view's people.
 */
import { readStored, storageKey, type StoredState, type TemplateForAssessment } from '../domain/assessment.ts';
import { readTeam, teamStorageKey, type StoredTeam } from '../domain/team-view.ts';
import type { ClientText } from '../domain/ui-text/client-text.ts';
import { openStore } from './local-store.ts';

/** The reader's own saved entries (empty where the browser refuses storage). */
export const savedAssessment = (template: TemplateForAssessment, text: ClientText): StoredState =>
  readStored(openStore(storageKey(template))?.read() ?? null, template, text.scorecardRead);

/** The team view's people as saved (empty where the browser refuses storage). */
export const savedTeam = (template: TemplateForAssessment, text: ClientText): StoredTeam =>
  readTeam(openStore(teamStorageKey(template))?.read() ?? null, template, text);
