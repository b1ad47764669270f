/**
 * Setlist's commands, by the name a site's package.json runs them with (`setlist build`). Each
 * is a module that does its work when imported, reading its arguments from the command line.
 */
export const commands = {
  build: { run: () => import('./build.ts'), about: 'astro build, then the search index and the link check' },
  check: { run: () => import('./check.ts'), about: 'all content, then TypeScript (astro check) [--strict: overdue reviews fail]' },
  'check-content': { run: () => import('./check-content.ts'), about: 'just the content part of check' },
  'check-links': { run: () => import('./check-links.ts'), about: 'every internal link of a built site [dir]' },
  new: { run: () => import('./new.ts'), about: 'a draft playbook and its scorecard template: "Title" [--tags "a, b"] [--steps 5]' },
  import: { run: () => import('./import.ts'), about: 'an article published elsewhere, as a draft: <file> [--slug s] [--dry-run] [--force]' },
  review: { run: () => import('./review.ts'), about: "every playbook's owner and review state, most urgent first [--json]" },
  teasers: { run: () => import('./teasers.ts'), about: "every published article's LinkedIn post" },
  carousel: { run: () => import('./carousel.ts'), about: 'PDF slides of built articles: <slug> | --all [--out file.pdf]' },
  size: { run: () => import('./size.ts'), about: 'page weight of the built article pages against the budget [dir]' },
  'create-site': { run: () => import('./create-site.ts'), about: 'a new Setlist site: <dir> [--title "…"] [--tagline "…"] [--url https://…]' },
} as const;

export type CommandName = keyof typeof commands;

/** How to start one command in a new process: this Node, Setlist's entry file, the command's name. */
export function commandLine(name: CommandName): string[] {
  return [process.argv[1] ?? 'setlist', name];
}
