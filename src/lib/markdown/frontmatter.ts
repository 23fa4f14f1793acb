/**
 * The one frontmatter splitter. A content file opens with a `---` line, its YAML, and a
 * closing `---` line; the rest is the body. The YAML is parsed with `yaml`, keeping the
 * document so any field path can be turned back into the line an editor wrote it on.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { describeYamlError } from './yaml-errors';

export interface SplitFile {
  /** The YAML text between the fences (for a YAML data file, the whole file). */
  yaml: string;
  /** 1-based line of the file on which the YAML starts. */
  yamlLine: number;
  /** Everything after the closing fence, as written (not trimmed). */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const fence = /^---[ \t]*$/;

/** Splits a Markdown/MDX file, or returns undefined when it has no frontmatter block. */
export function splitFrontmatter(text: string): SplitFile | undefined {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (!fence.test((lines[0] ?? '').replace(/\r$/, ''))) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && fence.test(line.replace(/\r$/, '')));
  if (close < 0) return undefined;
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

export interface ParsedYaml {
  /** The parsed mapping; undefined when the YAML does not parse or is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Syntax errors, located on the file's own lines. */
  errors: { line: number; message: string }[];
  /** The line a field path starts on; the nearest existing ancestor when the path is absent. */
  lineOf(path: readonly PropertyKey[]): number;
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

/** Parses YAML that starts on `firstLine` of its file, so every line reported is the file's. */
export function parseYaml(yaml: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter: counter, prettyErrors: false });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => {
    const { offset, message } = describeYamlError(doc, error);
    return { line: toLine(offset), message };
  });
  const value: unknown = errors.length ? undefined : doc.toJS();
  const data =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  return {
    data,
    errors,
    lineOf: (path) => (path.length ? findLine(doc.contents, path, toLine) : firstLine),
  };
}
