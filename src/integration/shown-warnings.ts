/**
 * The content check's warnings as the dev server's terminal has shown them. Every save checks the
 * whole site, so every save has every warning; a site with many playbooks past their review date
 * would print all of them again for each typo fixed. A save prints the warnings it did not print
 * last time, and counts the rest.
 */
export interface WarningsToShow {
  /** Warnings not shown at the last report, to print. */
  fresh: string[];
  /** How many of this report's warnings were shown at the last one. */
  repeated: number;
}

export class ShownWarnings {
  private shown = new Set<string>();

  /** What of this report's warnings to print; they are the ones shown from now on. */
  take(warnings: readonly string[]): WarningsToShow {
    const fresh = warnings.filter((warning) => !this.shown.has(warning));
    this.shown = new Set(warnings);
    return { fresh, repeated: warnings.length - fresh.length };
  }
}

/** The line that stands for the warnings not printed again. */
export const repeatedWarningsLine = (repeated: number): string =>
  `${repeated} warning${repeated === 1 ? '' : 's'} as before, not repeated (\`npm run check\` lists every one)`;
