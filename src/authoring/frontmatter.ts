import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface SplitSource {
  /** YAML text between the `---` fences; undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line in the file. */
  yamlFirstLine: number;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyFirstLine: number;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter and body, keeping line numbers. */
export function splitFrontmatter(source: string): SplitSource {
  const match = fence.exec(source);
  if (!match) return { yaml: undefined, yamlFirstLine: 1, body: source, bodyFirstLine: 1 };
  const yaml = match[1] ?? '';
  const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { yaml, yamlFirstLine: 2, body: source.slice(match[0].length), bodyFirstLine: consumedLines + 1 };
}

export interface ParsedYaml {
  data: unknown;
  /** YAML syntax errors, with 1-based lines relative to the YAML text. */
  syntaxErrors: { line: number; message: string }[];
  /** 1-based line (relative to the YAML text) of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML with js-yaml, as the article loader does (it calls this), so the check validates
 * the very data the pages get. Positions come from the `yaml` library, which keeps them, parsing the
 * text again only when a problem needs a line: that parse is four times slower and almost never
 * needed (1 s of a 1,000-article build's start-up, before).
 *
 * Both read the YAML 1.2 core schema, which has no timestamps: `published: 2026-11-25` stays the
 * text "2026-11-25", for the schema's calendar date (src/schemas/calendar-date.ts) to read. js-yaml's
 * default schema would make it a Date, rolling an impossible day (2026-02-31) over to 3 March.
 */
export function parseYaml(text: string): ParsedYaml {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    // A syntax error: `yaml` words and places it.
    return parseYamlWithPositions(text);
  }
  let positioned: ParsedYaml | undefined;
  return { data, syntaxErrors: [], lineOf: (path) => (positioned ??= parseYamlWithPositions(text)).lineOf(path) };
}

function parseYamlWithPositions(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  // The YAML 1.2 core schema, as js-yaml's above: no timestamps, not even a `!!timestamp` tag's.
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'core', resolveKnownTags: false });
  const syntaxErrors = document.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { data: syntaxErrors.length ? undefined : document.toJS(), syntaxErrors, lineOf };
}
