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
 * `content/guides/x.mdx:42  mermaid: Parse error on line 3: …` with mermaid's pointer lines
 * indented beneath. Mermaid's own line number is passed on untranslated: for flowcharts it
 * counts an error at the end of the diagram as one line past it, so adding it to the fence
 * line would name the wrong line of the file.
 */
export function formatDiagramFailure({ file, line, message }: DiagramFailure): string {
  const [first = '', ...rest] = message.trim().split('\n');
  const details = rest.map((text) => `\n    ${text}`).join('');
  return `${file}:${line}  mermaid: ${first}${details}`;
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
