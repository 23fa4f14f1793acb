import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderEditingDoc } from '../../../scripts/editing-doc-render';
import { lintRules } from '../../../src/lib/lint/rules';
import { articleChecklist, trainingChecklist } from '../../../src/lib/quality';
import { kpiSchema } from '../../../src/schemas/kpi';
import { root } from './fixtures';

describe('EDITING.md', () => {
  const generated = renderEditingDoc();

  it('is current: regenerate it with scripts/editing-doc.ts after changing a schema, rule or check', () => {
    expect(readFileSync(`${root}EDITING.md`, 'utf8')).toBe(generated);
  });

  it('documents every lint rule and every quality check', () => {
    for (const rule of lintRules) expect(generated).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
    for (const check of [...articleChecklist, ...trainingChecklist]) expect(generated).toContain(`| ${check.label} |`);
  });

  it('tells an editor how to add each kind of page, trainings included', () => {
    expect(generated).toContain('## Add a training');
    expect(generated).toContain('`npm run new -- training "');
    expect(generated).toContain('### Training: `content/trainings/<id>.md`');
  });

  it('takes field descriptions from the schemas, nested fields included', () => {
    expect(generated).toContain(
      `| \`definition\` | text, 20–320 characters | yes | ${kpiSchema.shape.definition.description} |`,
    );
    expect(generated).toContain('| `kpis[].benchmark.note` | text | no | Why this figure differs');
    expect(generated).toContain('| `published` | date (YYYY-MM-DD) | yes |');
  });
});
