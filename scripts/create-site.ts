/**
 * `setlist create-site <dir> [--title "…"] [--url https://…] [--author "…"] [--setlist <spec>]`
 * (`npm run create-site -- <dir>` in this repository): writes a new Setlist site, ready for
 * `npm install && npm run build`: its package.json (depending on Setlist and Astro, with the same
 * verbs as this repository), astro.config.mjs with `setlist({...})`, content/ with one example
 * playbook and its scorecard template, public/, src/content.config.ts, tsconfig.json and a README.
 * It never writes into a folder that has files in it.
 *
 * The site depends on the Setlist that made it, packed into its `vendor/` folder, unless
 * `--setlist` names another (a registry version, a tarball): Setlist is not on a public registry,
 * and the name `setlist` there belongs to an unrelated package.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDate } from '../src/domain/calendar-date.ts';
import { taxonomySlug } from '../src/domain/taxonomy.ts';
import { packageFile, packageRoot } from '../src/node/package-files.ts';
import { optionProblems } from '../src/integration/options.ts';

const usage =
  'setlist create-site <dir> [--title "My Playbooks"] [--tagline "Playbooks our teams run"] [--url https://playbooks.example.com] [--author "Name"] [--setlist <version or tarball>]';

function fail(message: string): never {
  console.error(`✗ create-site: ${message}\n  usage: ${usage}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string', default: 'Operational Playbooks' },
        tagline: { type: 'string', default: 'Playbooks our teams run' },
        description: { type: 'string', default: 'Frameworks with operator checks, scorecards and printable checklists, for the teams who run them.' },
        url: { type: 'string', default: 'https://playbooks.example.com' },
        author: { type: 'string', default: 'Your Name' },
        setlist: { type: 'string' },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
})();
const [target, ...extra] = positionals;
if (!target) fail('name the folder to create the site in');
if (extra.length) fail(`one folder at a time; also received ${extra.map((argument) => `"${argument}"`).join(', ')}`);
const dir = resolve(target);
if (existsSync(dir) && readdirSync(dir).length) fail(`${target} is not empty; nothing was written`);

const options = {
  title: values.title,
  description: values.description,
  baseUrl: values.url,
  author: { name: values.author },
  brand: { tagline: values.tagline },
};
// The same validation the site's build will run, so a bad --url fails here, not at the first build.
const flags: Record<string, string> = {
  title: '--title',
  description: '--description',
  baseUrl: '--url',
  'author.name': '--author',
  'brand.tagline': '--tagline',
};
const problems = optionProblems(options, (option) => flags[option] ?? option);
if (problems.length) fail(problems.join('\n'));

const setlist = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as {
  version: string;
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const devVersion = (name: string) => setlist.devDependencies[name] ?? 'latest';

const sitePackage = {
  name: taxonomySlug(basename(dir)) || 'playbooks',
  private: true,
  type: 'module',
  scripts: {
    dev: 'astro dev',
    build: 'setlist build',
    preview: 'astro preview',
    check: 'setlist check',
    new: 'setlist new',
    import: 'setlist import',
    review: 'setlist review',
    teasers: 'setlist teasers',
    carousel: 'setlist carousel',
  },
  dependencies: { astro: setlist.peerDependencies.astro, setlist: values.setlist ?? vendoredSetlist() },
  // `node` pins the Node that Setlist needs for every npm script, whatever the machine has.
  devDependencies: Object.fromEntries(['@astrojs/check', '@types/node', 'node', 'typescript'].map((name) => [name, devVersion(name)])),
  // Install scripts npm may run: the pinned Node's, and the bundler Astro builds with.
  allowScripts: { node: true, esbuild: true },
};

const astroConfig = `// @ts-check
import { defineConfig } from 'astro/config';
import setlist from 'setlist';

export default defineConfig({
  integrations: [
    setlist(${JSON.stringify(options, null, 2)
      .replace(/^(\s*)"(\w+)":/gm, '$1$2:')
      .replaceAll('\n', '\n    ')}),
  ],
});
`;

const upgrade = values.setlist
  ? 'To take a new version of Setlist: `npm update setlist`, then read its CHANGELOG.md for anything a site must change.'
  : 'Setlist comes from `vendor/`, packed by the Setlist that made this site. To take a new version, install its package in its place (`npm install ../setlist/setlist-<version>.tgz`, made by `npm pack` in a checkout of Setlist), then read its CHANGELOG.md for anything a site must change.';

const readme = `# ${values.title}

A site of operational playbooks, made with [Setlist](https://www.npmjs.com/package/setlist) on Astro.

Build it, then preview it at <http://localhost:4321/>:

\`\`\`sh
npm install && npm run build && npm run preview
\`\`\`

Write with a live preview (\`npm run dev\`), add a playbook with \`npm run new -- "Title"\`, and check
everything with \`npm run check\`. The site's name, URL, author and colours are the options of
\`setlist({...})\` in \`astro.config.mjs\`; articles are in \`content/insights/\`, scorecard templates
in \`content/scorecards/\`.

Other commands: \`npm run import -- <file>\` (an article published elsewhere, as a draft),
\`npm run review\` (every playbook's owner and review state, most urgent first), \`npm run teasers\`
(every article's LinkedIn post), \`npm run carousel -- <slug>\` (PDF slides, after a build).

${upgrade}
`;

/** Packs this Setlist into the site's vendor/ folder; its dependency spec. An installed copy has its JavaScript made already. */
function vendoredSetlist(): string {
  const vendor = join(dir, 'vendor');
  mkdirSync(vendor, { recursive: true });
  const installed = packageRoot.includes('/node_modules/');
  const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', vendor, ...(installed ? ['--ignore-scripts'] : []), packageRoot], {
    encoding: 'utf8',
  });
  const tarball = packed.stdout.trim().split('\n').at(-1);
  if (packed.status !== 0 || !tarball) fail(`npm pack of Setlist failed:\n${packed.stderr}`);
  return `file:vendor/${tarball}`;
}

mkdirSync(dir, { recursive: true });
cpSync(packageFile('scripts/starter-site'), dir, { recursive: true });
// npm leaves a package's .gitignore out of it, so the starter's is kept under another name.
renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
// The example playbook is published the day the site is made, so its first review falls due
// months ahead rather than before the owner has built the site once.
const example = join(dir, 'content/insights/incident-reviews-that-change-something.mdx');
writeFileSync(example, readFileSync(example, 'utf8').replace(/^published: .*$/m, `published: ${isoDate(new Date())}`));
writeFileSync(join(dir, 'package.json'), `${JSON.stringify(sitePackage, null, 2)}\n`);
writeFileSync(join(dir, 'astro.config.mjs'), astroConfig);
writeFileSync(join(dir, 'README.md'), readme);
console.log(`✓ create-site: a Setlist site in ${target}/
  cd ${target}
  npm install && npm run build && npm run preview`);
