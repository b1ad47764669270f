/**
 * Draws link-preview images into the image cache while Astro builds, on the second core.
 * It reads only the articles' frontmatter (the build has already checked everything), and
 * the build's image endpoint then finds each image cached, drawing any this process has not
 * reached yet itself. A separate, small process keeps the build's memory peak down.
 */
import { articleOgImageInput, siteOgImageInput } from './inputs.ts';
import { buildTime, cacheDirs, contentRoot } from '../node/env.ts';
import { parseYaml, splitFrontmatter } from '../authoring/frontmatter.ts';
import { cachedOgImage } from './cache.ts';
import { isVisible } from '../domain/ordering.ts';
import { slugFromPath } from '../domain/slug.ts';
import { insightSchema } from '../schemas/insight.ts';
import { readContentSources } from '../node/content-files.ts';

const now = buildTime(process.env);
const { insights } = await readContentSources(contentRoot(process.env));
const jobs = [{ name: 'site', input: siteOgImageInput() }];
for (const source of insights) {
  const yaml = splitFrontmatter(source.text).yaml;
  const parsed = insightSchema.safeParse(yaml === undefined ? undefined : parseYaml(yaml).data);
  if (!parsed.success) continue;
  const id = slugFromPath(source.file);
  if (isVisible({ id, data: parsed.data }, { includeDrafts: false, now })) jobs.push({ name: id, input: articleOgImageInput(parsed.data) });
}

const cacheDir = cacheDirs(process.env).og;
for (const job of jobs) {
  const { rendered } = await cachedOgImage(job.input, cacheDir);
  if (rendered) console.log(`[og] rendered ${job.name}`);
}
