/**
 * Prints what a reader downloads for the seed article page (HTML, CSS, JS; raw and gzip)
 * and fails when it is over the budget in tools/budgets.ts. `npm run size [-- dist]`.
 */
import { kib } from '../src/node/page-weight.ts';
import { articleWeight } from '../src/node/article-weight.ts';
import { budgets } from './budgets.ts';

const outDir = process.argv[2] ?? 'dist';
const weight = articleWeight(outDir, 'jazz-and-reliable-systems');
const { path } = weight;

const rows = [
  ['HTML', weight.html],
  ['CSS', weight.css],
  ['JS', weight.js],
  ['JS needed to read', weight.blockingJs],
] as const;
console.log(`Page weight of ${path}`);
console.log(`  ${'part'.padEnd(18)}  ${'raw'.padEnd(10)}  gzip`);
for (const [name, bytes] of rows) console.log(`  ${name.padEnd(18)}  ${kib(bytes.raw).padEnd(10)}  ${kib(bytes.gzip)}`);

const htmlPlusCss = weight.html.gzip + weight.css.gzip;
const failures: string[] = [];
if (htmlPlusCss > budgets.articlePage.htmlPlusCssGzipBytes) {
  failures.push(`HTML + CSS is ${kib(htmlPlusCss)} gzip, over the budget of ${kib(budgets.articlePage.htmlPlusCssGzipBytes)}`);
}
if (weight.blockingJs.raw > budgets.articlePage.javascriptBytes) {
  failures.push(`the page runs ${weight.blockingJs.raw} bytes of classic (blocking) JavaScript; reading an article needs ${budgets.articlePage.javascriptBytes}`);
}
const enhancement = weight.js.gzip - weight.blockingJs.gzip;
if (enhancement > budgets.articlePage.enhancementJavascriptGzipBytes) {
  failures.push(`its enhancement scripts are ${kib(enhancement)} gzip, over the budget of ${kib(budgets.articlePage.enhancementJavascriptGzipBytes)}`);
}
if (failures.length) {
  for (const failure of failures) console.error(`✗ size: ${failure}`);
  process.exit(1);
}
console.log(`✓ size: HTML + CSS ${kib(htmlPlusCss)} gzip (budget ${kib(budgets.articlePage.htmlPlusCssGzipBytes)}); JavaScript needed to read: 0 bytes; enhancements ${kib(enhancement)} gzip`);
