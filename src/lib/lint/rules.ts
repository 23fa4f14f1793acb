/** The lint rules, described for EDITING.md and the report; one module per rule. */
export interface RuleInfo {
  id: string;
  severity: 'error' | 'warning';
  summary: string;
}

export const lintRules: readonly RuleInfo[] = [
  {
    id: 'schema',
    severity: 'error',
    summary:
      'Frontmatter breaks the schema (a wrong type, a missing field, YAML that does not parse); the same check the build runs, for every file at once.',
  },
  {
    id: 'ids',
    severity: 'error',
    summary:
      "A KPI, tool or related id names nothing that exists (the message suggests the closest id); a published page's related entry names a draft; two files would share one id (`x.md` beside `x.mdx`, `x.yaml` beside `x.yml`, a `slug:` field); or a training has a guide's id.",
  },
  {
    id: 'links',
    severity: 'error',
    summary:
      'An internal link (/library/…, /industries/…, /kpis/…, /topics/…, /tools/…) in the body or a frontmatter answer points to no published page.',
  },
  {
    id: 'markup',
    severity: 'warning',
    summary:
      'A body holds raw HTML, or a link that is not a web, mail, site or in-page address (javascript:, data:, a path-relative x/): the page would render it, its Markdown copy drops it.',
  },
  {
    id: 'mdx',
    severity: 'error',
    summary:
      'A `.md` body uses a component (`<PipelineCoverageCalculator />`), which only MDX renders: rename the file to `.mdx`. The other way round, a `.mdx` body with no component, import, export or {expression} gets a warning: as `.md` it builds about three times faster.',
  },
  {
    id: 'figures',
    severity: 'error',
    summary:
      'The same KPI, unit, period and segment carries different benchmark figures on two industry pages, and neither explains why in benchmark.note.',
  },
  {
    id: 'sections',
    severity: 'error',
    summary:
      'A required section is missing: guides need steps, FAQ, sources and a "## " body section; industry pages need a CRM checklist and FAQ; trainings need objectives, an agenda, exercises and a follow-up.',
  },
  {
    id: 'todo',
    severity: 'error',
    summary: 'A published page still carries a TODO marker. On a draft, one warning counts the markers left.',
  },
  {
    id: 'provenance',
    severity: 'error',
    summary:
      'A source is a placeholder (an example.org, example.com or localhost address, or a title such as "TODO" or "Source"), or no benchmark basis names it and no text links to it.',
  },
  {
    id: 'duplicates',
    severity: 'warning',
    summary:
      'Two pages share most of their wording, or their titles ask the same question; the pair and the score are named.',
  },
  {
    id: 'size',
    severity: 'warning',
    summary:
      'A page past the size limits below (words on the whole page, headings in the body, the file in kB): too long to read, and heavy to load.',
  },
  {
    id: 'title',
    severity: 'warning',
    summary:
      'The page\'s <title> (the title plus " · Pulse", or the title alone when that is too long) would pass 70 characters, where search results and browser tabs cut it.',
  },
  {
    id: 'freshness',
    severity: 'warning',
    summary:
      "A source was last checked, or an industry page's benchmarks last reviewed, longer ago than the configured age.",
  },
];
