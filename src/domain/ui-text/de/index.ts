import type { UiText } from '../index.ts';
import { article } from './article.ts';
import { client } from './client.ts';
import { site } from './site.ts';
import { tools } from './tools.ts';

/** German (Deutsch). */
export const de: UiText = { site, article, tools, client };
