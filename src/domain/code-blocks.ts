/**
 * Whether a body rendered to HTML has a highlighted code block (src/markdown/code-highlight.ts
 * makes them), so its page brings the copy button's script. Text in the HTML has its `<` escaped,
 * so only a tag can match, never code or prose that mentions the hook.
 */
import { codeHooks } from './page-ids.ts';

const codeBlockTag = new RegExp(`<div\\s[^>]*\\b${codeHooks.block}[\\s=>]`);

export function hasCodeBlocks(html: string): boolean {
  return codeBlockTag.test(html);
}
