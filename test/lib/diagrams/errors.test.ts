import { describe, expect, it } from 'vitest';
import { DiagramError, formatDiagramFailure } from '~/lib/diagrams/errors';

// Mermaid 12's message for `flowchart TD / A --> B / B -->`, copied from a real render.
const parseError = [
  'Parse error on line 3:',
  '...d --> B[Qualified meeting]  B -->',
  '----------------------------------^',
  "Expecting 'AMP', 'COLON', 'PIPE', got 'EOF'",
].join('\n');

describe('formatDiagramFailure', () => {
  it('leads with file and fence line, then mermaid’s message as mermaid wrote it', () => {
    const text = formatDiagramFailure({ file: 'content/guides/x.mdx', line: 42, message: parseError });
    expect(text.split('\n')).toEqual([
      'content/guides/x.mdx:42  mermaid: Parse error on line 3:',
      '    ...d --> B[Qualified meeting]  B -->',
      '    ----------------------------------^',
      "    Expecting 'AMP', 'COLON', 'PIPE', got 'EOF'",
    ]);
  });

  it('keeps a one-line message without a line number as it is', () => {
    const message = 'No diagram type detected matching given configuration for text: flowchat TD';
    expect(formatDiagramFailure({ file: 'a.md', line: 7, message })).toBe(`a.md:7  mermaid: ${message}`);
  });
});

describe('DiagramError', () => {
  it('lists every failure and says what to do', () => {
    const error = new DiagramError([
      { file: 'content/a.md', line: 3, message: 'Parse error on line 1:\nx' },
      { file: 'content/b.mdx', line: 9, message: 'Lexical error on line 2. Unrecognized text.' },
    ]);
    expect(error.name).toBe('DiagramError');
    expect(error.message).toMatch(/^2 mermaid diagrams could not be rendered\. Fix the diagram source/);
    expect(error.message).toContain('\ncontent/a.md:3  mermaid: Parse error on line 1:\n    x');
    expect(error.message).toContain('\ncontent/b.mdx:9  mermaid: Lexical error on line 2. Unrecognized text.');
  });
});
