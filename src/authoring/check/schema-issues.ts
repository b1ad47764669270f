import type { z } from 'zod';
import { formatPath } from '../../domain/format-path.ts';
import { closestMatch } from '../../domain/near-miss.ts';

/** A schema problem in words an author understands: which field, what was expected, what was found. */
export interface FieldProblem {
  path: PropertyKey[];
  field: string;
  message: string;
  hint?: string;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : 'a date';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty text';
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `the text "${shown}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${value}`;
  return typeof value === 'object' ? 'a group of fields' : typeof value;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date (YYYY-MM-DD)',
};

function sizeOf(origin: string, amount: number | bigint): string {
  if (origin === 'array' || origin === 'set') return `${amount} item${amount === 1 ? '' : 's'}`;
  if (origin === 'string') return `${amount} character${amount === 1 ? '' : 's'}`;
  return String(amount);
}

function measured(input: unknown): string {
  if (Array.isArray(input)) return `${input.length} item${input.length === 1 ? '' : 's'}`;
  if (typeof input === 'string') return `${input.length} character${input.length === 1 ? '' : 's'}`;
  return describeValue(input);
}

function problemFor(issue: z.core.$ZodIssue, allowedKeysAt: (path: PropertyKey[]) => string[]): FieldProblem[] {
  const path = [...issue.path];
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      const colonInText = issue.expected === 'string' && typeof input === 'object' && input !== null && !Array.isArray(input);
      return [
        {
          path,
          field: formatPath(path),
          message: `expected ${expected}, received ${describeValue(input)}`,
          ...(colonInText ? { hint: 'text that contains ": " must be wrapped in quotes' } : {}),
        },
      ];
    }
    case 'too_small': {
      const atLeast = issue.inclusive === false ? 'more than' : 'at least';
      const empty = (issue.origin === 'array' || issue.origin === 'string') && Number(issue.minimum) === 1;
      const expected = empty
        ? `expected ${issue.origin === 'array' ? 'at least one item' : 'some text'}`
        : `expected ${atLeast} ${sizeOf(issue.origin, issue.minimum)}`;
      return [{ path, field: formatPath(path), message: `${expected}, received ${empty ? describeValue(input) : measured(input)}` }];
    }
    case 'too_big': {
      const atMost = issue.inclusive === false ? 'fewer than' : 'at most';
      return [{ path, field: formatPath(path), message: `expected ${atMost} ${sizeOf(issue.origin, issue.maximum)}, received ${measured(input)}` }];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(path);
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const suggestion = closestMatch(key, allowed);
        return {
          path: keyPath,
          field: formatPath(keyPath),
          message: `unknown field; expected one of: ${allowed.join(', ')}`,
          ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
        };
      });
    }
    case 'invalid_key': {
      // A record's key (a language's code in `locales`): the key's own schema says what it expects.
      const expected = issue.issues.map((inner) => inner.message).find((message) => message.startsWith('expected'));
      return [{ path, field: formatPath(path), message: `${expected ?? 'unexpected name'}; received "${String(path.at(-1))}"` }];
    }
    case 'invalid_value':
      return [{ path, field: formatPath(path), message: `expected one of: ${issue.values.map(String).join(', ')}; received ${describeValue(input)}` }];
    default: {
      // A message that already says what it received (a calendar date's) is complete as it is.
      const complete = !issue.message.startsWith('expected') || /\breceived\b/.test(issue.message);
      const message = complete ? issue.message : `${issue.message}, received ${describeValue(input)}`;
      return [{ path, field: formatPath(path), message }];
    }
  }
}

/**
 * Validates `data` and returns every problem (not only the first) as field problems.
 * `allowedKeysAt` names the fields a strict object accepts at a path, for near-miss hints.
 */
export function schemaProblems<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  allowedKeysAt: (path: PropertyKey[]) => string[] = () => [],
): { ok: true; data: z.infer<Schema> } | { ok: false; problems: FieldProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => problemFor(issue, allowedKeysAt)) };
}

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType };

/** The field names an object schema accepts at `path`, found by walking the schema itself. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  let remaining = [...path];
  while (current) {
    const def = current._zod.def as unknown as AnyDef;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (remaining.length === 0) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    else if (def.type === 'object' && def.shape) {
      const [key, ...rest] = remaining;
      current = def.shape[String(key)];
      remaining = rest;
    } else if (def.type === 'array' && def.element) {
      current = def.element;
      remaining = remaining.slice(1);
    } else return [];
  }
  return [];
}
