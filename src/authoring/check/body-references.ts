/**
 * What an article body refers to outside itself must be there: each component it uses imported,
 * each import found, each image a file beside the article (the site's Content-Security-Policy
 * allows only its own images, and Astro's image pipeline optimises only files it can read).
 */
import { dirname, join, normalize } from 'node:path/posix';
import { articlePartTags } from '../../domain/anatomy.ts';
import { imageFilePath, isInlineImage, isRemoteImage } from '../../domain/image-source.ts';
import { closestMatch } from '../../domain/near-miss.ts';
import type { CheckedArticle, ContentDisk, ContentProblem } from './problem.ts';

/** What an MDX body's JavaScript may read without defining it: the article's frontmatter, the props, and JavaScript's own globals. */
const isProvided = (name: string): boolean => name === 'frontmatter' || name === 'props' || name in globalThis;

export function checkBodyReferences(
  articles: CheckedArticle[],
  disk: ContentDisk | undefined,
  publicFiles: readonly string[],
  problems: ContentProblem[],
): void {
  for (const article of articles) {
    const at = (line: number | undefined) => (line === undefined ? {} : { line: line + article.bodyFirstLine - 1 });
    const problem = (line: number | undefined, message: string, extra: Partial<ContentProblem> = {}) =>
      problems.push({ file: article.file, ...at(line), field: '(MDX body)', message, ...extra });
    const imported = new Set(article.references.imports.flatMap((statement) => statement.names));
    for (const { name, line } of article.references.components) {
      const local = name.split('.')[0] ?? name;
      if (imported.has(local)) continue;
      const part = closestMatch(name, articlePartTags);
      problem(
        line,
        `unknown component; expected one of the article parts (${articlePartTags.map((tag) => `<${tag} />`).join(', ')}) or a component imported at the top of the body`,
        { field: `<${name} />`, hint: part ? `did you mean <${part} />?` : `add import ${local} from '…/${local}.astro'; with the path from this file` },
      );
    }
    for (const { name, line } of article.references.freeNames) {
      if (!isProvided(name)) problem(line, `\`${name}\` is not defined in this body; import or export it, or write \\{ for a literal brace`);
    }
    for (const { specifier, line } of article.references.imports) {
      const target = disk?.resolveImport(specifier, article.file);
      if (target?.found === false)
        problem(line, `import "${specifier}" finds no file or package (from ${article.file})`, {
          hint: 'a path is relative to the article file; a package must be installed',
        });
      else if (target?.componentOutsideSite)
        problem(line, `import "${specifier}" is a component outside the site's folder (${target.componentOutsideSite}), whose styles Astro cannot build`, {
          hint: "keep the site's components in the site, e.g. src/components/, and import them from there",
        });
    }
    const folder = dirname(article.file.replaceAll('\\', '/'));
    for (const { src, alt, line, jsx } of article.references.images) {
      if (isInlineImage(src)) continue;
      if (isRemoteImage(src)) {
        problem(line, `image ${src} is on another site, which the site's Content-Security-Policy does not load`, {
          hint: 'save the picture beside the article and write ![alt](./name.png)',
        });
        continue;
      }
      if (jsx && !src.startsWith('/')) {
        problem(line, `<img src="${src}"> written as HTML is not optimised and its path breaks on the page`, {
          hint: `write it as Markdown: ![${alt || 'alt text'}](${src})`,
        });
        continue;
      }
      const path = imageFilePath(src);
      if (path.startsWith('/')) {
        if (!publicFiles.includes(path.slice(1)))
          problem(line, `image ${src} is not a file in public/`, { hint: 'save the picture beside the article and write ![alt](./name.png)' });
      } else if (disk && !disk.exists(normalize(join(folder, path)))) {
        problem(line, `image ${src} not found (looked for ${normalize(join(folder, path))})`);
      }
      if (!alt.trim())
        problem(line, `image ${src} has no alt text; readers of a screen reader hear nothing of it`, {
          severity: 'warning',
          hint: `describe it: ![what it shows](${src})`,
        });
    }
  }
}
