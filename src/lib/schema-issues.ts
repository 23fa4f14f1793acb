/**
 * A zod issue as one sentence an editor can act on: the field as written (faq[3].answer), what
 * is wrong, and what to write, taken from the field's own description in the schema. The lint
 * and the build both word schema errors here, so an editor reads the same sentence from
 * `npm run lint` and from `astro build`. Messages a schema wrote itself are kept as written;
 * only zod's generic defaults ("Invalid input: expected string, received undefined") are
 * replaced.
 */
import { z } from 'astro/zod';
import { formatFieldPath } from '../schemas/field-path';
import { findFieldDoc } from './field-docs';
import { describeSuggestion } from './suggest';

type Issue = z.core.$ZodIssue & { input?: unknown };

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (one "- " line per item)',
  object: 'a group of indented fields',
  date: 'a date written YYYY-MM-DD',
};

/** What the editor wrote, in their terms. */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  return 'a group of fields';
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** True when zod wrote the message itself, not the schema: only those are reworded. */
function isDefaultMessage(issue: Issue): boolean {
  return z.config().localeError?.(issue as never) === issue.message;
}

function describeSize(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, field: string): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const { input } = issue;
  if (issue.origin === 'string' || issue.origin === 'array') {
    const noun = issue.origin === 'string' ? 'character' : 'item';
    const verb = issue.origin === 'string' ? 'write' : 'list';
    if (small && limit === 1)
      return `${field} is empty: ${verb} ${issue.origin === 'string' ? 'it' : 'at least one item'}`;
    const size = typeof input === 'string' || Array.isArray(input) ? input.length : undefined;
    const has = size === undefined ? `is too ${small ? 'short' : 'long'}` : `has ${plural(size, noun)}`;
    return `${field} ${has}: ${small ? `${verb} at least` : 'keep it to'} ${plural(limit, noun)}`;
  }
  const bound = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
  return `${field} must be ${bound} ${limit}${typeof input === 'number' ? `, not ${input}` : ''}`;
}

/** The sentence for one issue; `schema` is the whole collection schema the issue came from. */
export function describeIssue(issue: Issue, schema: z.ZodType): string {
  if (!isDefaultMessage(issue)) return issue.message;
  const field = formatFieldPath(issue.path);
  const { description, required, fields } = findFieldDoc(schema, issue.path);
  const hint = description ? ` (${description.replace(/\.$/, '')})` : '';
  const orRemove = required ? '' : ', or remove the line';
  const missing = issue.input === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return `${field} is missing: add it${hint || ' (EDITING.md lists every field)'}.`;
      if (issue.input instanceof Date && Number.isNaN(issue.input.getTime()))
        return `${field} is not a day that exists written YYYY-MM-DD: write it like 2026-03-14${hint}.`;
      if (issue.input === null)
        return `${field} has no value: write ${typeNames[issue.expected] ?? 'one'} after the colon${hint}${orRemove}.`;
      return `${field} must be ${typeNames[issue.expected] ?? issue.expected}, not ${describeInput(issue.input)}${hint}.`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const choices = values.map((value) => `"${value}"`).join(', ');
      if (missing) return `${field} is missing: add one of ${choices}${hint}.`;
      const suggestion = typeof issue.input === 'string' ? describeSuggestion(issue.input, values) : '';
      return `${field} is ${JSON.stringify(issue.input)}: write one of ${choices}.${suggestion}`;
    }
    case 'too_small':
    case 'too_big':
      return `${describeSize(issue, field)}${hint}.`;
    case 'invalid_format':
      if (issue.format === 'url') return `${field} is not a full web address: write it starting with https://.`;
      return `${field} is not a valid ${issue.format}${hint}.`;
    case 'unrecognized_keys': {
      const [key, ...more] = issue.keys;
      const where = issue.path.length ? ` under ${field}` : '';
      if (key === undefined || more.length) {
        const keys = issue.keys.map((name) => `"${name}"`).join(', ');
        return `${keys} are not fields${where}: remove them, or correct their spelling (EDITING.md lists every field).`;
      }
      const suggestion = describeSuggestion(key, fields) || ' EDITING.md lists every field.';
      return `"${key}" is not a field${where}: remove it, or correct its spelling.${suggestion}`;
    }
    case 'invalid_union':
      return `${field} is not written in any form it accepts${hint}.`;
    default:
      return `${field}: ${issue.message}${hint}.`;
  }
}

/** Where to point the editor: an unknown field's own line, else the field the issue is about. */
export function getIssueLinePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
}
