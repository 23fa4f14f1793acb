import { describe, expect, it } from 'vitest';
import { renderLlmsTxt } from '~/lib/twin/llms';

describe('renderLlmsTxt', () => {
  it('follows the llms.txt layout: H1, blockquote, H2 sections of annotated links, empty sections left out', () => {
    const text = renderLlmsTxt({
      name: 'Pulse',
      summary: 'Answers for buyers of fractional sales leadership.',
      guides: [{ title: 'Cost?', url: 'https://pulse.example.org/library/cost.md', description: 'What it costs.' }],
      industries: [],
      data: [{ title: 'KPI registry', url: 'https://pulse.example.org/api/kpis.json', description: 'JSON.' }],
      optional: [],
    });
    expect(text.split('\n')).toEqual([
      '# Pulse',
      '',
      '> Answers for buyers of fractional sales leadership.',
      '',
      'Every guide, industry page and training plan is linked below as clean Markdown: the same content as the web page, without navigation.',
      '',
      '## Guides',
      '',
      '- [Cost?](https://pulse.example.org/library/cost.md): What it costs.',
      '',
      '## Data',
      '',
      '- [KPI registry](https://pulse.example.org/api/kpis.json): JSON.',
      '',
    ]);
  });

  it('lists training plans in their own section, after the industry guides', () => {
    const text = renderLlmsTxt({
      name: 'Pulse',
      summary: 'Answers.',
      guides: [],
      industries: [{ title: 'Telehealth', url: 'https://pulse.example.org/industries/t.md', description: 'KPIs.' }],
      trainings: [{ title: 'Reboot', url: 'https://pulse.example.org/training/r.md', description: 'An hour.' }],
      data: [],
      optional: [],
    });
    expect(text).toContain(
      '## Industry KPI guides\n\n- [Telehealth](https://pulse.example.org/industries/t.md): KPIs.\n\n## Training plans\n\n- [Reboot](https://pulse.example.org/training/r.md): An hour.\n',
    );
  });
});
