/** The one error type diagram problems raise: every failure names its file and fence line. */

export interface DiagramFailure {
  /** Path relative to the project root, as an editor would open it. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** Mermaid's own message, unedited. */
  message: string;
}

/**
 * `content/guides/x.mdx:42  mermaid: Parse error on line 3: …`, with mermaid's pointer lines
 * indented beneath and the file line the error is on, when mermaid names one.
 */
export function formatDiagramFailure({ file, line, message }: DiagramFailure): string {
  const [first = '', ...rest] = message.trim().split('\n');
  const diagramLine = /\bon line (\d+)\b/.exec(first)?.[1];
  const where = diagramLine ? ` (file line ${line + Number(diagramLine)})` : '';
  const details = rest.map((text) => `\n    ${text}`).join('');
  return `${file}:${line}  mermaid: ${first}${where}${details}`;
}

export class DiagramError extends Error {
  constructor(readonly failures: readonly DiagramFailure[]) {
    const count = failures.length === 1 ? 'A mermaid diagram' : `${failures.length} mermaid diagrams`;
    super(
      `${count} could not be rendered. Fix the diagram source and build again:\n` +
        failures.map(formatDiagramFailure).join('\n'),
    );
    this.name = 'DiagramError';
  }
}
