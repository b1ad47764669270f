import { dirname, join, normalize } from 'node:path/posix';
import { describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusFile } from '../../../../scripts/bench/corpus.ts';
import { structuredText } from '../../../../src/domain/article-text.ts';
import { checkContent, formatProblem, type ContentDisk, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { splitFrontmatter } from '../../../../src/authoring/frontmatter.ts';
import { BodyNeedsCompiling } from '../../../../src/markdown/body-syntax.ts';
import { renderBody } from '../../markdown/body-elements-pipeline.ts';
import { countWords } from '../../../../src/domain/reading-time.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

const root = 'bench';

const textOf = (file: CorpusFile | undefined): string => (typeof file?.content === 'string' ? file.content : '');

const sources = (files: CorpusFile[], folder: string, extension: string): SourceFile[] =>
  files
    .filter((file) => file.path.startsWith(`${folder}/`) && file.path.endsWith(extension))
    .map((file) => ({ file: `${root}/${file.path}`, text: textOf(file) }));

/** The corpus's files as the content check would find them on disk under `bench/`: relative imports name a file exactly. */
function corpusDisk(files: CorpusFile[]): ContentDisk {
  const paths = new Set(files.map((file) => `${root}/${file.path}`));
  return {
    exists: (path) => paths.has(path),
    resolveImport: (specifier, fromFile) => ({ found: specifier.startsWith('.') && paths.has(normalize(join(dirname(fromFile), specifier))) }),
  };
}

const check = (files: CorpusFile[]) =>
  checkContent({ insights: sources(files, 'insights', '.mdx'), scorecards: sources(files, 'scorecards', '.yaml'), disk: corpusDisk(files) }, siteConfig);

function checked(articles: number, seed: number) {
  const corpus = generateCorpus({ articles, seed });
  return { corpus, result: check(corpus.files) };
}

describe('the benchmark corpus', () => {
  it('is the same files for the same seed', () => {
    expect(generateCorpus({ articles: 8, seed: 42 })).toEqual(generateCorpus({ articles: 8, seed: 42 }));
  });

  it('differs for another seed', () => {
    const texts = (seed: number) => generateCorpus({ articles: 8, seed }).files.map(textOf);
    expect(texts(43)).not.toEqual(texts(42));
  });

  it('has N articles with unique slugs and positions 1..N', () => {
    const { corpus, result } = checked(50, 7);
    expect(corpus.slugs).toHaveLength(50);
    expect(new Set(corpus.slugs).size).toBe(50);
    const positions = result.articles.map((article) => article.data.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
  });

  it('passes the real content check (no errors, no warnings), with every article published before 2026-11-01', () => {
    const { result } = checked(5, 1);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.articles).toHaveLength(5);
    for (const article of result.articles) expect(article.data.published.getTime()).toBeLessThan(Date.UTC(2026, 10, 1));
  });

  it('has the full anatomy in the sizes the issue asks for', () => {
    for (const { data } of checked(20, 3).result.articles) {
      expect(data.framework.steps).toHaveLength(5);
      for (const step of data.framework.steps) expect(step.operatorChecks.length).toBeGreaterThanOrEqual(3);
      for (const step of data.framework.steps) expect(step.operatorChecks.length).toBeLessThanOrEqual(5);
      expect(data.checklist.length).toBeGreaterThanOrEqual(8);
      expect(data.checklist.length).toBeLessThanOrEqual(12);
      expect(data.objections).toHaveLength(3);
      expect(data.leadershipQuestions).toHaveLength(4);
      expect(data.takeaways.length).toBeGreaterThanOrEqual(4);
      expect(data.takeaways.length).toBeLessThanOrEqual(6);
    }
  });

  it('writes about 1,200 words per article, GFM table and task list included', () => {
    const { corpus, result } = checked(20, 11);
    for (const article of result.articles) {
      const text = textOf(corpus.files.find((file) => `${root}/${file.path}` === article.file));
      const { body } = splitFrontmatter(text);
      expect(body).toMatch(/^\| --- \|/m);
      expect(body).toMatch(/^- \[[ x]\] /m);
      const words = countWords([body, ...structuredText(article.data)]);
      expect(words).toBeGreaterThanOrEqual(1000);
      expect(words).toBeLessThanOrEqual(1500);
    }
  });

  it('mixes in the body features: a component in one article in ten, an image and a code block in one in five, a callout in one in five', async () => {
    const { corpus, result } = checked(100, 5);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const has = (test: (article: (typeof result.articles)[number]) => boolean) => result.articles.filter(test).length;
    const withComponent = has(({ references }) => references.imports.length > 0 && references.components.length > 0);
    const withImageAndCode = has(({ references, body }) => references.images.length > 0 && /^```[a-z]+$/m.test(body));
    const withCallout = has(({ body }) => /^:::(?:note|tip|caution|danger)(?:\[[^\]]+\])?$/m.test(body));
    expect({ withComponent, withImageAndCode, withCallout }).toEqual({ withComponent: 10, withImageAndCode: 20, withCallout: 20 });
    expect(corpus.mix).toEqual({ component: 10, imageAndCode: 20, callout: 20 });
    // Only the component sends a body to @astrojs/mdx; images, code and callouts stay on the fast path.
    const paths = await Promise.all(
      result.articles.map((article) =>
        renderBody(article.body).then(
          () => 'plain',
          (error: unknown) => (error instanceof BodyNeedsCompiling ? 'compiled' : error),
        ),
      ),
    );
    const compiled = result.articles.filter((_, index) => paths[index] === 'compiled');
    expect(paths.filter((path) => path !== 'plain' && path !== 'compiled')).toEqual([]);
    expect(compiled.map((article) => article.file)).toEqual(
      result.articles.filter((article) => article.references.imports.length > 0).map((article) => article.file),
    );
    // Some images are figures (a caption in the title), some are not.
    const bodies = result.articles.map((article) => article.body).join('\n');
    expect(bodies).toMatch(/^!\[[^\]]+\]\(\.\/[a-z-]+\.png "[^"]+"\)$/m);
    expect(bodies).toMatch(/^!\[[^\]]+\]\(\.\/[a-z-]+\.png\)$/m);
  });

  it('writes the component and the images the bodies refer to, a real PNG each', () => {
    const { corpus, result } = checked(100, 5);
    const byPath = new Map(corpus.files.map((file) => [`${root}/${file.path}`, file.content]));
    const referred = result.articles.flatMap((article) => [
      ...article.references.images.map((image) => normalize(join(dirname(article.file), image.src))),
      ...article.references.imports.map((statement) => normalize(join(dirname(article.file), statement.specifier))),
    ]);
    expect(referred.length).toBeGreaterThan(0);
    for (const path of referred) expect(byPath.has(path), path).toBe(true);
    const component = byPath.get(`${root}/components/Note.astro`);
    expect(component).toMatch(/Astro\.props/);
    expect(component).toMatch(/<slot \/>/);
    expect(component).toMatch(/<style>/);
    for (const path of new Set(referred.filter((candidate) => candidate.endsWith('.png')))) {
      const bytes = byPath.get(path);
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect([...(bytes as Uint8Array).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('is checked against its own files: without the component and images, the check finds them missing', () => {
    const corpus = generateCorpus({ articles: 20, seed: 5 });
    const articlesOnly = corpus.files.filter((file) => !file.path.endsWith('.png') && !file.path.endsWith('.astro'));
    const messages = check(articlesOnly).problems.map((problem) => problem.message);
    expect(messages.filter((message) => message.startsWith('import "../components/Note.astro" finds no file'))).toHaveLength(corpus.mix.component);
    expect(messages.filter((message) => /^image \.\/[a-z-]+\.png not found/.test(message))).toHaveLength(corpus.mix.imageAndCode);
  });
});
