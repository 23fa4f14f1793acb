/**
 * Readers for raw frontmatter, which the lint sees before the schema has checked
 * it: anything may be missing or the wrong type, and none of that may crash a rule.
 */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function recordOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A YYYY-MM-DD (or Date) field as a date, or undefined when it is not one. */
export function dateOf(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** The title an industry page shows when it has none of its own (mirrors the schema's default). */
export function titleOf(data: Record<string, unknown> | undefined): string {
  const title = textOf(data?.['title']);
  if (title) return title;
  const industry = textOf(data?.['industry']);
  return industry ? `What are the key sales KPIs for ${industry}?` : '';
}

/** A raw industry KPI item's targets as written: `benchmark`, or each of `benchmarks`, with their paths. */
export function listBenchmarks(item: unknown): { path: (string | number)[]; benchmark: Record<string, unknown> }[] {
  const entry = recordOf(item);
  if (Array.isArray(entry['benchmarks'])) {
    return entry['benchmarks'].map((benchmark, index) => ({
      path: ['benchmarks', index],
      benchmark: recordOf(benchmark),
    }));
  }
  return entry['benchmark'] === undefined ? [] : [{ path: ['benchmark'], benchmark: recordOf(entry['benchmark']) }];
}
