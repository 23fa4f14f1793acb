/**
 * Renders EDITING.md. The prose is written here; every table is generated: the
 * field reference from the zod schemas' descriptions (via JSON Schema), the lint
 * rules and thresholds from src/lib/lint, the checklists from src/lib/quality.ts.
 */
import { createCatalog } from '../src/lib/catalog';
import { toJsonSchema } from '../src/lib/json-schema';
import { lintConfig } from '../src/lib/lint/config';
import { lintRules } from '../src/lib/lint/rules';
import { referenceStub } from '../src/lib/lint/schema';
import { requiredSections } from '../src/lib/lint/sections';
import { articleChecklist, trainingChecklist, type QualityCheck } from '../src/lib/quality';
import { guideSchema } from '../src/schemas/guide';
import { industrySchema } from '../src/schemas/industry';
import { kpiSchema } from '../src/schemas/kpi';
import { trainingSchema } from '../src/schemas/training';
import { editingIntro, editingOutro } from './editing-doc-prose';

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  description?: string;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/** Table-safe text: pipes escaped, and `<id>` outside code spans escaped so renderers do not eat it as HTML. */
const cell = (text: string) =>
  text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

function describeType(schema: JsonSchema): string {
  if (schema.enum) return `one of: ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  if (schema.format === 'date') return 'date (YYYY-MM-DD)';
  if (schema.format === 'uri') return 'web address';
  if (schema.type === 'array') {
    const items =
      schema.items?.type === 'object' ? 'entries (fields below)' : schema.items ? describeType(schema.items) : 'values';
    return `list of ${items}${schema.minItems ? `, at least ${schema.minItems}` : ''}`;
  }
  if (schema.type === 'string') {
    const { minLength: min, maxLength: max } = schema;
    const range =
      max !== undefined ? `${min ?? 0}–${max} characters` : min && min > 1 ? `at least ${min} characters` : '';
    return range ? `text, ${range}` : 'text';
  }
  if (schema.type === 'object') return 'fields below';
  return schema.type === 'boolean' ? 'true or false' : (schema.type ?? 'any');
}

function collectRows(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) && field.default === undefined ? 'yes' : 'no';
    const fallback = field.default !== undefined ? ` Default: \`${JSON.stringify(field.default)}\`.` : '';
    const row = `| \`${path}\` | ${cell(describeType(field))} | ${required} | ${cell((field.description ?? '') + fallback)} |`;
    const nested =
      field.type === 'object'
        ? collectRows(field, `${path}.`)
        : field.items?.type === 'object'
          ? collectRows(field.items, `${path}[].`)
          : [];
    return [row, ...nested];
  });
}

function renderFieldTable(heading: string, schema: JsonSchema): string[] {
  return [
    `### ${heading}`,
    '',
    '| field | type | required | what to write |',
    '| --- | --- | --- | --- |',
    ...collectRows(schema),
    '',
  ];
}

function renderChecklist<Data>(heading: string, checklist: readonly QualityCheck<Data>[]): string[] {
  return [
    `### ${heading}`,
    '',
    '| # | check | passes when |',
    '| --- | --- | --- |',
    ...checklist.map((check, index) => `| ${index + 1} | ${check.label} | ${cell(check.rule)} |`),
    '',
  ];
}

export function renderEditingDoc(): string {
  const context = { catalog: createCatalog(new Map(), new Map()), reference: referenceStub };
  const schemas = {
    guide: toJsonSchema(guideSchema(context), 'input') as JsonSchema,
    industry: toJsonSchema(industrySchema(context), 'input') as JsonSchema,
    training: toJsonSchema(trainingSchema(context), 'input') as JsonSchema,
    kpi: toJsonSchema(kpiSchema, 'input') as JsonSchema,
  };
  const sectionList = (kind: 'guide' | 'industry' | 'training') =>
    requiredSections[kind].map((s) => `\`${s.field}\``).join(', ');
  return [
    ...editingIntro,
    '## Lint rules',
    '',
    '`npm run check` runs these over every file in `content/` and prints each problem as `file:line  field  severity: message [rule]`. Errors fail the check; warnings do not. On a draft, what would block publishing is reported as a warning.',
    '',
    'A message names the field as you wrote it, counting list items from 1 (`faq[2].answer` is the answer to the second question), and says what to write, often in the words of the field reference below:',
    '',
    '```text',
    'content/guides/x.mdx:2  quickAnswer  error: quickAnswer is missing: add it (Two or three sentences that answer the title on their own). [schema]',
    'content/guides/x.mdx:19  faq[2].answer  error: faq[2].answer has no value: write text after the colon (A direct answer in plain prose (Markdown links allowed)). [schema]',
    'content/guides/x.mdx:3  (frontmatter)  error: YAML does not parse: the " that opens this value is never closed: add the closing " at the end of the value. [schema]',
    '```',
    '',
    "The build prints the same sentences for the same mistakes (it stops at the first file it cannot load, so run the check to see them all). A mermaid diagram that does not parse is reported at the line of the file the mistake is on, with mermaid's explanation beneath.",
    '',
    '| rule | severity | what it catches |',
    '| --- | --- | --- |',
    ...lintRules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.summary)} |`),
    '',
    `Required sections: guides ${sectionList('guide')}; industry pages ${sectionList('industry')} (the schema already requires the quick answer and at least three KPIs); trainings ${sectionList('training')} (the schema already requires at least one KPI and an agenda that adds up to \`minutes\`).`,
    '',
    'Thresholds (`src/lib/lint/config.ts`):',
    '',
    `- a source is stale once its \`accessed\` date is more than ${lintConfig.maxSourceAgeMonths} months old;`,
    `- an industry page's benchmarks are stale once \`updated\` (or \`published\`) is more than ${lintConfig.maxBenchmarkAgeMonths} months old;`,
    `- two pages are near-duplicates when ${Math.round(lintConfig.textSimilarity * 100)}% or more of their three-word phrases are shared (pages with fewer than ${lintConfig.minPhrases} phrases are not compared);`,
    `- two titles ask the same question when their words overlap by ${lintConfig.titleSimilarity} or more once question words ("how", "what", "does", years) are dropped; industry pages are compared by industry name;`,
    `- a page is too big past ${lintConfig.maxWords.toLocaleString('en-US')} words (everything a reader sees: answers, steps, FAQ and body), ${lintConfig.maxHeadings} headings in the body, or a ${lintConfig.maxFileKilobytes} kB file; the largest pages of the library had 2,132 words, 19 headings and 22 kB on 2026-12-06.`,
    '',
    '## Quality checklist',
    '',
    'Every guide, industry page and training shows **Machine certified N/10**, computed at build time from the checks below; the lint report lists what each page is missing. Nothing about the score is typed by hand: to raise it, improve the page.',
    '',
    ...renderChecklist('Guides and industry pages', articleChecklist),
    ...renderChecklist('Trainings', trainingChecklist),
    '## Field reference',
    '',
    'Generated from the `.describe()` text in `src/schemas/`. A field is required unless it has a default or says "no".',
    '',
    ...renderFieldTable('Guide: `content/guides/<id>.md`, or `.mdx` with a component in the body', schemas.guide),
    ...renderFieldTable('Industry page: `content/industries/<id>.md`', schemas.industry),
    ...renderFieldTable('Training: `content/trainings/<id>.md`', schemas.training),
    ...renderFieldTable('KPI: `content/kpis/<id>.yaml`', schemas.kpi),
    ...editingOutro,
  ].join('\n');
}
