import type { UiText } from '../index.ts';
import { article } from './article.ts';
import { client } from './client.ts';
import { site } from './site.ts';
import { tools } from './tools.ts';

/** Arabic (العربية). */
export const ar: UiText = { site, article, tools, client };
