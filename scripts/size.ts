/**
 * Prints what a reader downloads for the heaviest article page of a built site (HTML, CSS,
 * JS; raw and gzip; the font it preloads) and fails when any article page is over the budget in scripts/budgets.ts.
 * `npm run size [-- dist]`.
 */
import { allArticleWeights, type ArticleWeight } from '../src/node/article-weight.ts';
import { kib } from '../src/node/page-weight.ts';
import { budgets } from './budgets.ts';

const { articlePage: budget } = budgets;
const outDir = process.argv[2] ?? 'dist';
const weights = allArticleWeights(outDir);
const heaviest = weights[0];
if (!heaviest) {
  console.error(`✗ size: no published article found in ${outDir}`);
  process.exit(1);
}

const rows = [
  ['HTML', heaviest.html],
  ['CSS', heaviest.css],
  ['JS', heaviest.js],
  ['JS needed to read', heaviest.blockingJs],
  ['JS theme (head)', heaviest.themeJs],
  ['Font (preloaded)', { raw: heaviest.fontBytes, gzip: heaviest.fontBytes }],
] as const;
console.log(`Page weight of ${heaviest.path} (the heaviest of ${weights.length} article pages)`);
console.log(`  ${'part'.padEnd(18)}  ${'raw'.padEnd(10)}  gzip`);
for (const [name, bytes] of rows) console.log(`  ${name.padEnd(18)}  ${kib(bytes.raw).padEnd(10)}  ${kib(bytes.gzip)}`);

const htmlPlusCss = (weight: ArticleWeight) => weight.html.gzip + weight.css.gzip;
const enhancement = (weight: ArticleWeight) => weight.js.gzip - weight.blockingJs.gzip - weight.themeJs.gzip;
const failures = weights.flatMap((weight) => [
  ...(htmlPlusCss(weight) > budget.htmlPlusCssGzipBytes
    ? [`${weight.path}: HTML + CSS is ${kib(htmlPlusCss(weight))} gzip, over the budget of ${kib(budget.htmlPlusCssGzipBytes)}`]
    : []),
  ...(weight.blockingJs.raw > budget.javascriptBytes
    ? [`${weight.path}: the page runs ${weight.blockingJs.raw} bytes of classic (blocking) JavaScript; reading an article needs ${budget.javascriptBytes}`]
    : []),
  ...(weight.themeJs.raw > budget.themeScriptBytes
    ? [`${weight.path}: its theme script is ${weight.themeJs.raw} bytes, over the budget of ${budget.themeScriptBytes}`]
    : []),
  ...(enhancement(weight) > budget.enhancementJavascriptGzipBytes
    ? [`${weight.path}: its enhancement scripts are ${kib(enhancement(weight))} gzip, over the budget of ${kib(budget.enhancementJavascriptGzipBytes)}`]
    : []),
  ...(weight.fontBytes > budget.fontBytes
    ? [`${weight.path}: it preloads ${kib(weight.fontBytes)} of fonts, over the budget of ${kib(budget.fontBytes)}`]
    : []),
]);
if (failures.length) {
  for (const failure of failures) console.error(`✗ size: ${failure}`);
  process.exit(1);
}
console.log(
  `✓ size: HTML + CSS ${kib(htmlPlusCss(heaviest))} gzip (budget ${kib(budget.htmlPlusCssGzipBytes)}) plus a ${kib(heaviest.fontBytes)} font (budget ${kib(budget.fontBytes)}); JavaScript needed to read: 0 bytes; enhancements ${kib(enhancement(heaviest))} gzip`,
);
