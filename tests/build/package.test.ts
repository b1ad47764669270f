/**
 * Setlist as a site owner gets it: a new site made by `create-site` in a folder outside this
 * repository, with the package `npm pack` makes of this checkout in its vendor/ folder, installed
 * there with the rest from the npm registry, and the site's own npm scripts run in it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer } from '../helpers/dev-server.ts';
import { projectRoot } from '../helpers/paths.ts';
import { userEnv, type RunResult } from '../helpers/run.ts';

const scratch = mkdtempSync(join(tmpdir(), 'setlist-package-'));
const site = join(scratch, 'harbour-playbooks');
const identity = { title: 'Harbour Ops Playbooks', url: 'https://harbour.example.net', author: 'Harbour Ops' };

function run(command: string, args: string[], cwd: string): RunResult {
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', timeout: 600_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
const npm = (args: string[]) => run('npm', args, site);

/** Every file of the built site whose text holds `needle`. */
function filesHolding(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && readFileSync(join(entry.parentPath, entry.name)).includes(needle))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the package, installed in a new site outside the repository', () => {
  beforeAll(() => {
    const created = run(
      process.execPath,
      ['scripts/setlist.ts', 'create-site', site, '--title', identity.title, '--url', identity.url, '--author', identity.author],
      projectRoot,
    );
    expect(created.status, created.output).toBe(0);
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(JSON.parse(readFileSync(join(site, 'package.json'), 'utf8'))).toMatchObject({ dependencies: { setlist: `file:vendor/setlist-${version}.tgz` } });
    const installed = npm(['install', '--no-audit', '--no-fund']);
    expect(installed.status, installed.output).toBe(0);
  }, 900_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('leaves nothing of the package build in the checkout, and installs the command and the compiled workers', () => {
    expect(existsSync(join(projectRoot, 'lib'))).toBe(false);
    for (const file of [
      'lib/scripts/setlist.js',
      'lib/src/integration/body-render-worker.js',
      'lib/src/node/content-check-worker.js',
      'lib/src/og/prerender-process.js',
    ])
      expect(existsSync(join(site, 'node_modules/setlist', file)), file).toBe(true);
    expect(existsSync(join(site, 'node_modules/.bin/setlist'))).toBe(true);
  });

  it("builds with npm run build: that site's title and URL on every page, nothing of the demo site's", () => {
    const built = npm(['run', 'build']);
    expect(built.status, built.output).toBe(0);
    expect(built.stdout).toMatch(/✓ search index: \d+ pages read/);
    expect(built.stdout).toMatch(/✓ links: every internal link in \d+ pages resolves/);
    const dist = join(site, 'dist');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<title>${identity.title}</title>`);
    const article = readFileSync(join(dist, 'insights/incident-reviews-that-change-something/index.html'), 'utf8');
    expect(article).toContain('<link rel="canonical" href="https://harbour.example.net/insights/incident-reviews-that-change-something/"');
    expect(existsSync(join(dist, 'favicon.svg'))).toBe(true);
    for (const demo of ['trlyptrk', 'Setlist Insights']) expect(filesHolding(dist, demo), demo).toEqual([]);
    // A new site's example is fresh, owned by its author, and the site is not in git yet.
    expect(article).toContain('Owned by Harbour Ops');
    expect(built.output).not.toContain('past its review date');
    expect(built.output.match(/no git history for content\/: "Last changed" shows the updated date \(or the published date\) of every article/g)).toHaveLength(
      1,
    );
  });

  it('lists its playbooks by review state with npm run review', () => {
    const listed = npm(['run', '--silent', 'review']);
    expect(listed.status, listed.output).toBe(0);
    expect(listed.stdout).toMatch(/^fine +\d{4}-\d\d-\d\d +Harbour Ops +never \(published \d{4}-\d\d-\d\d\) +Incident Reviews That Change Something /m);
    expect(listed.stdout).toContain('0 overdue, 0 due within 30 days, 1 fine.');
  });

  it('checks its content and types with npm run check', () => {
    const checked = npm(['run', 'check']);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toContain('✓ check: content and types are valid');
  });

  it('scaffolds a playbook with npm run new, which the dev server shows, as it does a saved edit', async () => {
    const created = npm(['run', 'new', '--', 'Tide Table Handoffs', '--steps', '3']);
    expect(created.status, created.output).toBe(0);
    expect(existsSync(join(site, 'content/insights/tide-table-handoffs.mdx'))).toBe(true);
    const server = await startDevServer({}, { cwd: site, command: ['npm', 'run', 'dev', '--'] });
    try {
      for (const [slug, title] of [
        ['incident-reviews-that-change-something', 'Incident Reviews That Change Something'],
        ['tide-table-handoffs', 'Tide Table Handoffs'],
      ]) {
        const response = await fetch(`${server.origin}/insights/${slug}/`);
        expect(response.status, server.log()).toBe(200);
        expect(await response.text()).toContain(`<title>${title} | ${identity.title}</title>`);
      }
      const article = join(site, 'content/insights/incident-reviews-that-change-something.mdx');
      writeFileSync(
        article,
        readFileSync(article, 'utf8').replace('title: Incident Reviews That Change Something', 'title: Incident Reviews That Change Things'),
      );
      await expect
        .poll(async () => (await fetch(`${server.origin}/insights/incident-reviews-that-change-something/`)).text(), { timeout: 20_000 })
        .toContain(`<title>Incident Reviews That Change Things | ${identity.title}</title>`);
    } finally {
      server.stop();
    }
  });

  it('says in one line what a plain astro build leaves out', () => {
    const built = npm(['exec', '--', 'astro', 'build', '--outDir', 'astro-only']);
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('no search index and no link check: `astro build` leaves them out; `setlist build` (npm run build) runs them');
    expect(existsSync(join(site, 'astro-only/pagefind'))).toBe(false);
  });

  it('stops on a bad option with a message naming it, what was expected and a hint, and no stack trace', () => {
    const config = join(site, 'astro.config.mjs');
    writeFileSync(config, readFileSync(config, 'utf8').replace(`"${identity.url}"`, '"harbour.example.net", tilte: "Harbour"'));
    for (const script of ['build', 'check']) {
      const result = npm(['run', script]);
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toContain(
        'astro.config.mjs  setlist() option baseUrl: expected an absolute http(s) URL such as "https://playbooks.example.com", received the text "harbour.example.net"',
      );
      expect(result.output).toContain('option tilte: unknown option; expected one of: title, description, baseUrl');
      expect(result.output).toContain('(hint: did you mean "title"?)');
      expect(result.output).not.toMatch(/^\s+at /m);
    }
  });
});
