import { describe, expect, it } from 'vitest';
import { analyzeMarkdown, type SourceFormat } from '~/lib/markdown/analyze';
import { serializeMarkdown, serializeParsed, type SerializeOptions } from '~/lib/markdown/serialize';

const base = new URL('https://pulse.example.org/library/cost/');
const calculators: SerializeOptions['renderComponent'] = (name) =>
  name === 'PipelineCoverageCalculator' ? '[Pipeline coverage calculator](/tools/pipeline-coverage/)' : undefined;

/** A body as the twin route serialises it: parsed once by the body pipeline, cut along its spans. */
function twin(body: string, format: SourceFormat = 'mdx', options: Partial<SerializeOptions> = {}): string {
  return serializeParsed(body, analyzeMarkdown(body, format).spans, {
    base,
    html: 'drop',
    renderComponent: calculators,
    ...options,
  });
}

describe('serializeParsed: MDX machinery', () => {
  it('drops imports, exports and expression comments with their lines', () => {
    const body = [
      "import Calculator from '~/components/calculators/Calculator.astro';",
      'import {',
      '  Callout,',
      "} from '~/components/mdx';",
      '',
      'export const answer = 42;',
      '',
      '## Costs',
      '',
      '{/* editors: keep this short */}',
      '',
      'Retainers run **monthly**.',
    ].join('\n');
    expect(twin(body)).toBe('## Costs\n\nRetainers run **monthly**.');
  });

  it('turns a known component into its Markdown, with links made absolute', () => {
    const body = 'Intro.\n\n<PipelineCoverageCalculator target="$750k" />\n\nAfter.';
    expect(twin(body)).toBe(
      'Intro.\n\n[Pipeline coverage calculator](https://pulse.example.org/tools/pipeline-coverage/)\n\nAfter.',
    );
  });

  it('keeps what an unknown component wraps, without its tags, and drops an empty one', () => {
    const body = [
      'Before.',
      '',
      '<Callout type="note" data={{ a: 1 }}>',
      'Retainers run **monthly**, see [cost](/kpis/cost/).',
      '</Callout>',
      '',
      '<Chart',
      '  preset="cro"',
      '/>',
      '',
      'Plain <abbr title="annual recurring revenue">ARR</abbr> and <Badge>new</Badge> stay as text.',
    ].join('\n');
    expect(twin(body)).toBe(
      'Before.\n\nRetainers run **monthly**, see [cost](https://pulse.example.org/kpis/cost/).\n\n' +
        'Plain ARR and new stay as text.',
    );
  });
});

describe('serializeParsed: the rules of the page', () => {
  it('drops script elements and raw HTML, in MDX and in Markdown', () => {
    expect(twin('A\n\n<script>alert(1)</script>\n\nB <span onclick="x()">c</span>')).toBe('A\n\nB c');
    expect(twin('A\n\n<div>\n<script>alert(1)</script>\n</div>\n\nB <b>bold</b>', 'markdown')).toBe('A\n\nB bold');
  });

  it('refuses javascript:, data: and protocol-relative links, keeping their text', () => {
    const body =
      'Click [here](javascript:alert(1)) or [there](  JavaScript:alert(2)), ' +
      '![pic](data:text/html,x) <javascript:alert(3)> [far](//evil.example/).';
    // Markdown, not MDX: MDX has no <autolinks>.
    expect(twin(body, 'markdown')).toBe('Click here or there, pic  far.');
    expect(twin('[x]: javascript:alert(1)\n\nSee [y][x].', 'markdown')).toBe('See [y][x].');
  });

  it('makes site and in-page links absolute, leaves web and mail links alone, and refuses path-relative ones', () => {
    const body = [
      '[a](/kpis/win-rate/ "Win rate") [b](../nrr-vs-grr/) [c](#faq) [d](https://example.org/x) <mailto:e@example.org>',
      '![chart](/images/chart.png)',
      '',
      '[ref]: /library/ref/',
    ].join('\n');
    expect(twin(body, 'markdown')).toBe(
      [
        // A path-relative link means another page in the twin (/library/cost.md) than on the page
        // (/library/cost/), and the link lint cannot check it: the same rule as inline.ts refuses it.
        '[a](https://pulse.example.org/kpis/win-rate/ "Win rate") b ' +
          '[c](https://pulse.example.org/library/cost/#faq) [d](https://example.org/x) <mailto:e@example.org>',
        '![chart](https://pulse.example.org/images/chart.png)',
        '',
        '[ref]: https://pulse.example.org/library/ref/',
      ].join('\n'),
    );
  });

  it('keeps code fences, inline code and tables byte for byte', () => {
    const fence = "```mermaid\nflowchart LR\n  A[<Start/>] --> B\n```\n\n```js\nimport y from 'z';\n<script>\n```";
    const table = '| Stage | Link |\n| :-- | --: |\n| Proposal | [p](/kpis/p/) |';
    const body = `Intro \`[c](/kpis/c/)\` and \`<b>\`.\n\n${fence}\n\n${table}\n\nimport x from 'y';`;
    expect(twin(body)).toBe(
      `Intro \`[c](/kpis/c/)\` and \`<b>\`.\n\n${fence}\n\n` +
        '| Stage | Link |\n| :-- | --: |\n| Proposal | [p](https://pulse.example.org/kpis/p/) |',
    );
  });

  it('keeps characters outside the ASCII range where they were (offsets are string indices)', () => {
    expect(twin('Coûts — 3× [ARR](/kpis/arr/) <X>é</X> ✓')).toBe(
      'Coûts — 3× [ARR](https://pulse.example.org/kpis/arr/) é ✓',
    );
  });
});

describe('serializeMarkdown (a frontmatter field)', () => {
  it('shows raw HTML as typed, as the page does, and applies the same link rules', () => {
    expect(serializeMarkdown('Use <script>alert(1)</script> [x](javascript:alert(1)) [y](/kpis/y/)', { base })).toBe(
      'Use &lt;script>alert(1)&lt;/script> x [y](https://pulse.example.org/kpis/y/)',
    );
  });

  it('returns plain text unchanged', () => {
    expect(serializeMarkdown('About $8,000 to $18,000 a month; *usually* less.', { base })).toBe(
      'About $8,000 to $18,000 a month; *usually* less.',
    );
  });
});
