/**
 * Writes a synthetic benchmark corpus: `node scripts/bench/generate.ts --articles N --seed S --out <dir>`.
 * Build it with `SETLIST_CONTENT_DIR=<dir>`; never point --out at content/ (it is refused).
 */
import { parseArgs } from 'node:util';
import { describeMix, generateCorpus, writeCorpus } from './corpus.ts';
import { wholeNumber } from './args.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});

if (!values.out) {
  console.error('✗ generate: expected --out <dir>, the folder to write insights/, scorecards/ and components/ into');
  process.exit(1);
}
try {
  const corpus = generateCorpus({ articles: wholeNumber('articles', values.articles, 1), seed: wholeNumber('seed', values.seed, 0) });
  writeCorpus(values.out, corpus);
  const templates = corpus.files.filter((file) => file.path.startsWith('scorecards/')).length;
  console.log(`✓ generate: ${corpus.slugs.length} articles (${describeMix(corpus.mix)}) and ${templates} scorecard templates in ${values.out}/`);
} catch (error) {
  console.error(`✗ generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
