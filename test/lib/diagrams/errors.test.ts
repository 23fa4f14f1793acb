import { describe, expect, it } from 'vitest';
import { DiagramError, formatDiagramFailure, type DiagramFailure } from '~/lib/diagrams/errors';

// Mermaid 12's messages, copied from real renders of each source in headless Chromium.
const expecting = "Expecting 'AMP', 'COLON', 'PIPE', got 'EOF'";
const cases: [string, Omit<DiagramFailure, 'file' | 'line'>, string[]][] = [
  [
    'an error at the end, which mermaid puts one line past the last, on the last line',
    {
      source: 'flowchart TD\n  A[Inbound lead] --> B[Qualified meeting]\n  B -->',
      message: `Parse error on line 4:\n...ed meeting]  B -->\n---------------------^\n${expecting}`,
    },
    [
      'content/guides/x.mdx:13  mermaid: this line of the diagram that opens on line 10 does not parse: correct it as mermaid explains below, then build again.',
      '    ...ed meeting]  B -->',
      '    ---------------------^',
      `    ${expecting}`,
    ],
  ],
  [
    'an error in the middle on its own line',
    {
      source: 'flowchart LR\n  A --> B\n  B -->> C\n  C --> D\n  D --> E',
      message: `Parse error on line 3:\n...LR  A --> B  B -->> C\n---------------------^\n${expecting}`,
    },
    [
      'content/guides/x.mdx:13  mermaid: this line of the diagram that opens on line 10 does not parse: correct it as mermaid explains below, then build again.',
      '    ...LR  A --> B  B -->> C',
      '    ---------------------^',
      `    ${expecting}`,
    ],
  ],
  [
    'lines mermaid does not count: its frontmatter and a comment line',
    {
      source: '---\ntitle: x\n---\nflowchart LR\n  A --> B\n  %% note\n  B -->> C',
      message: `Parse error on line 3:\n...LR  A --> B  B -->> C\n---------------------^\n${expecting}`,
    },
    [
      'content/guides/x.mdx:17  mermaid: this line of the diagram that opens on line 10 does not parse: correct it as mermaid explains below, then build again.',
      '    ...LR  A --> B  B -->> C',
      '    ---------------------^',
      `    ${expecting}`,
    ],
  ],
  [
    'a pie chart, whose parser gives the line and column on one line',
    {
      source: 'pie title Pets\n  %% c\n  "Dogs" : 386\n  "Cats" 85',
      message: "Parsing failed:  Parse error on line 3, column 10: Expecting token of type ':' but found `85`.",
    },
    [
      'content/guides/x.mdx:14  mermaid: this line of the diagram that opens on line 10 does not parse: correct it as mermaid explains below, then build again.',
      "    Expecting token of type ':' but found `85`.",
    ],
  ],
  [
    'a misspelt diagram type',
    {
      source: 'flowchrt LR\n  A --> B',
      message: 'No diagram type detected matching given configuration for text: flowchrt LR\n  A --> B',
    },
    [
      'content/guides/x.mdx:11  mermaid: "flowchrt LR" does not start with a diagram type mermaid knows: begin the diagram with one, such as flowchart LR, sequenceDiagram or pie.',
    ],
  ],
  [
    'a failure without a line, at the fence',
    { source: 'flowchart LR\n  A --> B', message: 'mermaid did not finish within 30 s' },
    ['content/guides/x.mdx:10  mermaid: mermaid did not finish within 30 s'],
  ],
];

describe('formatDiagramFailure', () => {
  it.each(cases)('names the line of the file for %s', (_, failure, expected) => {
    const text = formatDiagramFailure({ file: 'content/guides/x.mdx', line: 10, ...failure });
    expect(text.split('\n')).toEqual(expected);
  });
});

describe('DiagramError', () => {
  it('lists every failure, says what to do, and carries no stack for Astro to print', () => {
    const error = new DiagramError([
      { file: 'content/a.md', line: 3, source: 'graph TD\nx', message: 'Parse error on line 2:\nx' },
      {
        file: 'content/b.mdx',
        line: 9,
        source: 'graph TD\nA\nB',
        message: 'Lexical error on line 2. Unrecognized text.',
      },
    ]);
    expect(error.name).toBe('DiagramError');
    expect(error.stack).toBe('');
    expect(error.message).toMatch(/^2 mermaid diagrams could not be rendered\. Fix the diagram source/);
    expect(error.message).toContain('\ncontent/a.md:5  mermaid: this line of the diagram that opens on line 3');
    expect(error.message).toContain(
      '\ncontent/b.mdx:11  mermaid: this line of the diagram that opens on line 9 does not parse: correct it as mermaid explains below, then build again.\n    Unrecognized text.',
    );
  });
});
