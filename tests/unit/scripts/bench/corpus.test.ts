import { describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusFile } from '../../../../scripts/bench/corpus.ts';
import { structuredText } from '../../../../src/domain/article-text.ts';
import { checkContent, formatProblem, type SourceFile } from '../../../../src/authoring/check/index.ts';
import { splitFrontmatter } from '../../../../src/authoring/frontmatter.ts';
import { countWords } from '../../../../src/domain/reading-time.ts';
import { siteConfig } from '../../../helpers/site-config.ts';

const sources = (files: CorpusFile[], folder: string): SourceFile[] =>
  files.filter((file) => file.path.startsWith(`${folder}/`)).map((file) => ({ file: `bench/${file.path}`, text: file.text }));

function checked(articles: number, seed: number) {
  const corpus = generateCorpus({ articles, seed });
  return { corpus, result: checkContent({ insights: sources(corpus.files, 'insights'), scorecards: sources(corpus.files, 'scorecards') }, siteConfig) };
}

describe('the benchmark corpus', () => {
  it('is the same files for the same seed', () => {
    expect(generateCorpus({ articles: 8, seed: 42 })).toEqual(generateCorpus({ articles: 8, seed: 42 }));
  });

  it('differs for another seed', () => {
    const texts = (seed: number) => generateCorpus({ articles: 8, seed }).files.map((file) => file.text);
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
      const text = corpus.files.find((file) => `bench/${file.path}` === article.file)?.text ?? '';
      const { body } = splitFrontmatter(text);
      expect(body).toMatch(/^\| --- \|/m);
      expect(body).toMatch(/^- \[[ x]\] /m);
      const words = countWords([body, ...structuredText(article.data)]);
      expect(words).toBeGreaterThanOrEqual(1000);
      expect(words).toBeLessThanOrEqual(1500);
    }
  });
});
