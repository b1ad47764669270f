import { article } from './article.ts';
import { client } from './client.ts';
import { site } from './site.ts';
import { tools } from './tools.ts';

/** English, the reference table: every other language has every key it has. */
export const en = { site, article, tools, client };
