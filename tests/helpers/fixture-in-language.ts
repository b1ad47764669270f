import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { openSite, type SiteSession } from './browser.ts';
import { projectRoot, siteRoot } from './paths.ts';
import { runSetlistIn } from './run.ts';
import { fixtureBuildTime } from './site-config.ts';

export interface FixtureInLanguage {
  /** The copy's folder (its content, its config). */
  root(): string;
  dist(): string;
  /** What the build printed. */
  output(): string;
  /** The built copy in Chromium, opened for the first test that asks and closed after the file's last. */
  site(): Promise<SiteSession>;
}

const skipped = new Set(['dist', '.astro', '.cache', 'node_modules']);

/**
 * The fixture site with another `language`, built once for a test file from a copy inside the
 * project (so that it finds Setlist and Astro as the fixture does). Its articles stay as written.
 */
export function useFixtureIn(language: string): FixtureInLanguage {
  return useFixtureCopy(`site-${language}`, `language: '${language}'`);
}

/** The German and Arabic translations beside the fixture's articles (tests/fixtures/translations/content/). */
const translationsRoot = join(projectRoot, 'tests/fixtures/translations');

/**
 * The fixture site in English, German and Arabic: the jazz article and its scorecard template
 * translated into both (tests/fixtures/translations/), the other two articles in English only.
 */
export function useMultilingualFixture(): FixtureInLanguage {
  const locales = `language: 'en-GB',
      locales: {
        root: { label: 'English' },
        de: {
          lang: 'de-DE',
          description: 'Betriebs-Playbooks für zuverlässige Systeme: Frameworks mit Prüfpunkten, Scorecards und druckbare Checklisten.',
          tagline: 'Playbooks für zuverlässige Systeme',
        },
        ar: {
          description: 'أدلة عمل تشغيلية لأنظمة موثوقة: أطر عمل بنقاط تحقق، وبطاقات تقييم، وقوائم تحقق قابلة للطباعة.',
          tagline: 'أدلة عمل لأنظمة موثوقة',
        },
      }`;
  return useFixtureCopy('site-multilingual', locales, (root) => cpSync(join(translationsRoot, 'content'), join(root, 'content'), { recursive: true }));
}

/** A copy of the fixture site whose `language: 'en-GB'` option becomes `options`, and to which `add` adds files, built once for a test file. */
function useFixtureCopy(name: string, options: string, add: (root: string) => void = () => undefined): FixtureInLanguage {
  let root = '';
  let output = '';
  let session: SiteSession | undefined;
  beforeAll(() => {
    mkdirSync(join(projectRoot, '.scratch'), { recursive: true });
    root = mkdtempSync(join(projectRoot, '.scratch', `${name}-`));
    cpSync(siteRoot, root, { recursive: true, filter: (source) => !skipped.has(relative(siteRoot, source).split(sep)[0]!) });
    const config = join(root, 'astro.config.mjs');
    const english = readFileSync(config, 'utf8');
    expect(english).toContain("language: 'en-GB'");
    writeFileSync(config, english.replace("language: 'en-GB'", options));
    add(root);
    const result = runSetlistIn(root, ['build'], { SETLIST_BUILD_TIME: fixtureBuildTime, SETLIST_CACHE_DIR: join(root, '.cache') });
    output = result.output;
    if (result.status !== 0) throw new Error(`the fixture site's build (${name}) failed (exit ${result.status}):\n${result.output}`);
  });
  afterAll(async () => {
    await session?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });
  return {
    root: () => root,
    dist: () => join(root, 'dist'),
    output: () => output,
    async site() {
      session ??= await openSite(join(root, 'dist'));
      return session;
    },
  };
}
