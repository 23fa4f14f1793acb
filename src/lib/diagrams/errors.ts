/**
 * The one error type diagram problems raise: every failure names the line of the content file
 * the mistake is on, and what to do about it.
 */

export interface DiagramFailure {
  /** Path relative to the project root, as an editor would open it. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The diagram as written between the fences, to turn mermaid's line into the file's. */
  source: string;
  /** Mermaid's own message, unedited. */
  message: string;
}

/** Mermaid's "Parse error on line 3:" (jison) and "Parsing failed: Parse error on line 3, column 10:" (langium). */
const lineHeader = /^(?:Parsing failed:\s*)?(?:Parse|Lexical) error on line (\d+)(?:, column \d+)?[:.]?\s*/;
const noType = /^No diagram type detected[^:]*:\s*/;

/**
 * The line of the diagram source (0-based) that mermaid's line `n` is. Mermaid numbers the diagram after removing
 * its frontmatter, its `%%` comment lines and the blank or directive lines before the diagram
 * type (measured with mermaid 12), so those lines are skipped here the same way.
 */
function toSourceIndex(lines: readonly string[], n: number): number {
  const fence = /^---\s*$/;
  const frontmatterEnd = fence.test(lines[0] ?? '') ? lines.findIndex((text, i) => i > 0 && fence.test(text)) : -1;
  const counted = lines
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => index > frontmatterEnd && !/^\s*%%(?!\{)./.test(text));
  const typeLine = counted.findIndex(({ text }) => text.replace(/%%\{.*?\}%%/g, '').trim() !== '');
  const numbered = counted.slice(Math.max(typeLine, 0));
  // Mermaid's flowchart parser puts an error at the very end one line past the last; the editor
  // has to look at the last line.
  return numbered[Math.min(Math.max(n, 1), numbered.length) - 1]?.index ?? 0;
}

const sourceLines = (source: string) => source.replace(/\r\n?/g, '\n').trimEnd().split('\n');

const indent = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `\n    ${line}`)
    .join('');

/**
 * `content/guides/x.mdx:20  mermaid: …` at the line of the file that holds the mistake (the
 * fence's line plus mermaid's line within the diagram), then mermaid's pointer lines beneath.
 */
export function formatDiagramFailure(failure: DiagramFailure): string {
  const { file, line, message } = failure;
  const text = message.trim();
  const located = lineHeader.exec(text);
  if (located) {
    const at = line + 1 + toSourceIndex(sourceLines(failure.source), Number(located[1]));
    return (
      `${file}:${at}  mermaid: this line of the diagram that opens on line ${line} does not parse: ` +
      `correct it as mermaid explains below, then build again.${indent(text.slice(located[0].length))}`
    );
  }
  if (noType.test(text)) {
    const lines = sourceLines(failure.source);
    const index = toSourceIndex(lines, 1);
    return (
      `${file}:${line + 1 + index}  mermaid: "${lines[index]?.trim()}" does not start with a diagram type mermaid knows: ` +
      'begin the diagram with one, such as flowchart LR, sequenceDiagram or pie.'
    );
  }
  const [first = '', ...rest] = text.split('\n');
  return `${file}:${line}  mermaid: ${first}${indent(rest.join('\n'))}`;
}

export class DiagramError extends Error {
  constructor(readonly failures: readonly DiagramFailure[]) {
    const count = failures.length === 1 ? 'A mermaid diagram' : `${failures.length} mermaid diagrams`;
    super(
      `${count} could not be rendered. Fix the diagram source and build again:\n` +
        failures.map(formatDiagramFailure).join('\n'),
    );
    this.name = 'DiagramError';
    // The message names every file and line; Astro prints a stack whenever an error has one, and
    // Pulse's own frames would bury the sentence the editor needs.
    this.stack = '';
  }
}
