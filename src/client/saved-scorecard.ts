/**
 * What a scorecard page keeps in the browser, read the same way by every island that needs
 * the reader's own scores or the team view's people.
 */
import { readStored, storageKey, type StoredState, type TemplateForAssessment } from '../domain/assessment.ts';
import { readTeam, teamStorageKey, type StoredTeam } from '../domain/team-view.ts';
import { openStore } from './local-store.ts';

/** The reader's own saved entries (empty where the browser refuses storage). */
export const savedAssessment = (template: TemplateForAssessment): StoredState => readStored(openStore(storageKey(template))?.read() ?? null, template);

/** The team view's people as saved (empty where the browser refuses storage). */
export const savedTeam = (template: TemplateForAssessment): StoredTeam => readTeam(openStore(teamStorageKey(template))?.read() ?? null, template);
