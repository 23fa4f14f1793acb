/**
 * A content file as the lint sees it: the raw frontmatter (before any schema
 * defaults or transforms, so every rule can still run on a page the schema
 * rejects), the body, and a way to turn a field path into a line number.
 */
import { isMap, isSeq, LineCounter, parseDocument as parseYaml, type Node } from 'yaml';

export type DocumentKind = 'guide' | 'industry' | 'kpi' | 'tool';

export interface LintDocument {
  /** Path relative to the project root, as printed in reports. */
  file: string;
  kind: DocumentKind;
  /** The entry id: file name without extension, as the content loader assigns it. */
  id: string;
  /** Parsed frontmatter (or the whole YAML file for KPIs); undefined when it does not parse. */
  data: Record<string, unknown> | undefined;
  /** The Markdown/MDX body; empty for KPI files. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** YAML syntax errors, already located. */
  syntaxErrors: { line: number; message: string }[];
  /** The line a frontmatter field path starts on; the nearest existing ancestor if absent. */
  lineOf(path: readonly PropertyKey[]): number;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** Splits a Markdown file into frontmatter text and body, remembering where each starts. */
function splitFrontmatter(
  text: string,
): { yaml: string; yamlLine: number; body: string; bodyLine: number } | undefined {
  const match = frontmatterPattern.exec(text);
  if (!match) return undefined;
  return {
    yaml: match[1] ?? '',
    yamlLine: 2,
    body: text.slice(match[0].length),
    bodyLine: countLines(match[0]) + 1,
  };
}

function findLine(root: Node | null, path: readonly PropertyKey[], toLine: (offset: number) => number): number {
  let node: unknown = root;
  let line = toLine(0);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(part));
      if (!pair) break;
      const range = (pair.key as Node | null)?.range;
      if (range) line = toLine(range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item?.range) break;
      line = toLine(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}

export function parseContentFile(file: string, kind: DocumentKind, id: string, text: string): LintDocument {
  const parts =
    kind === 'kpi' ? { yaml: text, yamlLine: 1, body: '', bodyLine: countLines(text) + 1 } : splitFrontmatter(text);
  if (!parts) {
    return {
      file,
      kind,
      id,
      data: undefined,
      body: text,
      bodyLine: 1,
      syntaxErrors: [
        {
          line: 1,
          message: 'no frontmatter: the file must start with a --- line, the YAML fields, then another --- line.',
        },
      ],
      lineOf: () => 1,
    };
  }
  const counter = new LineCounter();
  const doc = parseYaml(parts.yaml, { lineCounter: counter, prettyErrors: false });
  const toLine = (offset: number) => counter.linePos(offset).line + parts.yamlLine - 1;
  const syntaxErrors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: `YAML does not parse: ${error.message.split('\n')[0]}`,
  }));
  const value: unknown = syntaxErrors.length ? undefined : doc.toJS();
  const data =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  if (!syntaxErrors.length && !data) {
    syntaxErrors.push({ line: parts.yamlLine, message: 'frontmatter is empty or not a list of fields.' });
  }
  return {
    file,
    kind,
    id,
    data,
    body: parts.body,
    bodyLine: parts.bodyLine,
    syntaxErrors,
    lineOf: (path) => (path.length ? findLine(doc.contents, path, toLine) : parts.yamlLine),
  };
}
