/**
 * A content file as the lint sees it: the raw frontmatter (before any schema defaults or
 * transforms, so every rule can still run on a page the schema rejects), what the body
 * pipeline found in the body, and a way to turn a field path into a line number. Files
 * are split and parsed by src/lib/markdown/, the same code the build uses.
 */
import type { MarkdownFacts } from '../markdown/analyze';
import { formatOf, parseContentFile as parseFile, type ContentFile } from '../markdown/content-file';
import { parseYaml } from '../markdown/frontmatter';

export type DocumentKind = 'guide' | 'industry' | 'training' | 'kpi' | 'tool';

export interface LintDocument {
  /** Path relative to the project root, as printed in reports. */
  file: string;
  kind: DocumentKind;
  /** The entry id: file name without extension, as the content loader assigns it. */
  id: string;
  /** Parsed frontmatter (or the whole YAML file for KPIs); undefined when it does not parse. */
  data: Record<string, unknown> | undefined;
  /** What the body holds: words, headings, links, fences, TODO lines; empty for KPI files. */
  facts: MarkdownFacts;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** The file's size in bytes (UTF-8). */
  bytes: number;
  /** YAML syntax errors and an unparseable body, already located. */
  syntaxErrors: { line: number; message: string }[];
  /** The line a frontmatter field path starts on; the nearest existing ancestor if absent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** A content file's text as the lint sees it: for tests and the scaffolder, which hold text. */
export function parseContentFile(file: string, kind: DocumentKind, id: string, text: string): LintDocument {
  return toLintDocument(file, kind, id, parseFile(text, formatOf(file)));
}

/** A content file read by src/lib/markdown/content-file.ts (a KPI's YAML file has no body). */
export function toLintDocument(file: string, kind: DocumentKind, id: string, parsed: ContentFile): LintDocument {
  // Parsed here rather than through the file's memoised `frontmatter`: the build keeps its
  // content files for its whole run, and need not keep every parsed document with them.
  const frontmatter = parsed.yaml ? parseYaml(parsed.yaml.text, parsed.yaml.line) : parsed.frontmatter;
  const errors = [...frontmatter.errors, ...(parsed.parseError ? [parsed.parseError] : [])];
  if (!errors.length && !frontmatter.data) {
    errors.push({ line: parsed.yaml?.line ?? 1, message: 'frontmatter is empty or not a list of fields.' });
  }
  return {
    file,
    kind,
    id,
    data: frontmatter.data,
    facts: parsed.facts,
    bodyLine: parsed.bodyLine,
    bytes: parsed.bytes,
    syntaxErrors: errors,
    lineOf: frontmatter.lineOf,
  };
}
