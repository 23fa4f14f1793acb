/**
 * Contradicting figures: two industry pages quoting different targets for the same
 * KPI, in the same unit, over the same period, for the same segment, with no note
 * saying why. Readers who compare pages (and machines that do so at scale) see a
 * library that disagrees with itself.
 */
import { units } from '../../schemas/units';
import { formatBounds } from '../figure';
import type { LintDocument } from './document';
import { formatFieldPath } from '../../schemas/field-path';
import type { Problem } from './problem';
import { listBenchmarks, listOf, numberOf, recordOf, textOf } from './raw';
import { isDraft, severityFor } from './severity';
import { hasTodoMarker } from '../../schemas/todo';

interface Figure {
  doc: LintDocument;
  /** Field path of the benchmark: `kpis[2].benchmark` or `kpis[2].benchmarks[1]`. */
  path: (string | number)[];
  kpi: string;
  unit: string;
  period: string;
  segment: string;
  min: number | undefined;
  max: number | undefined;
  noted: boolean;
}

const normalise = (value: unknown) => (textOf(value) ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** Spellings of one window: "monthly", "per month" and "a month" are the same period. */
const periodWords: Record<string, string> = {
  monthly: 'month',
  quarterly: 'quarter',
  annual: 'year',
  annually: 'year',
  yearly: 'year',
  weekly: 'week',
};

export function normalisePeriod(value: unknown): string {
  const period = normalise(value).replace(/^(per|a|an|each|every) /, '');
  return periodWords[period] ?? period;
}

function collectFigures(doc: LintDocument): Figure[] {
  return listOf(doc.data?.['kpis']).flatMap((item, index) =>
    listBenchmarks(item).flatMap(({ path, benchmark }) => {
      const kpi = textOf(recordOf(item)['kpi'])?.trim();
      const min = numberOf(benchmark['min']);
      const max = numberOf(benchmark['max']);
      // A skeleton's placeholder figure (its text still says TODO) is not yet a claim.
      if (!kpi || (min === undefined && max === undefined) || hasTodoMarker(textOf(benchmark['text']) ?? '')) return [];
      return [
        {
          doc,
          path: ['kpis', index, ...path],
          kpi,
          min,
          max,
          unit: normalise(benchmark['unit']),
          period: normalisePeriod(benchmark['period']),
          segment: normalise(benchmark['segment']),
          noted: Boolean(textOf(benchmark['note'])?.trim()),
        },
      ];
    }),
  );
}

/** The figures as a reader reads them on the page; a unit the schema refuses reads as a bare number. */
export function describeFigure(min: number | undefined, max: number | undefined, unit: string): string {
  const known = units.find((candidate) => candidate === unit) ?? 'ratio';
  return formatBounds({ min, max, unit: known });
}

function describeKey(figure: Figure, names: ReadonlyMap<string, string>): string {
  const facets = [figure.unit, figure.period || 'no period', figure.segment || 'all segments'];
  return `${names.get(figure.kpi) ?? figure.kpi} (${facets.join(', ')})`;
}

/** `names` maps KPI ids to display names, for messages. */
export function checkFigures(docs: readonly LintDocument[], names: ReadonlyMap<string, string>): Problem[] {
  const groups = new Map<string, Figure[]>();
  for (const doc of docs.filter((d) => d.kind === 'industry')) {
    for (const figure of collectFigures(doc)) {
      if (figure.noted) continue;
      const key = [figure.kpi, figure.unit, figure.period, figure.segment].join('|');
      groups.set(key, [...(groups.get(key) ?? []), figure]);
    }
  }
  const problems: Problem[] = [];
  for (const figures of groups.values()) {
    // Published pages set the reference figure; a draft is compared against them.
    const ordered = [...figures].sort(
      (a, b) => Number(isDraft(a.doc)) - Number(isDraft(b.doc)) || a.doc.file.localeCompare(b.doc.file),
    );
    const [reference, ...others] = ordered;
    if (!reference) continue;
    for (const figure of others) {
      if (figure.doc === reference.doc || (figure.min === reference.min && figure.max === reference.max)) continue;
      const here = describeFigure(figure.min, figure.max, figure.unit);
      const there = describeFigure(reference.min, reference.max, reference.unit);
      problems.push({
        file: figure.doc.file,
        line: figure.doc.lineOf(figure.path),
        field: formatFieldPath(figure.path),
        severity: severityFor(figure.doc, 'error'),
        rule: 'figures',
        message:
          `contradicting figures: ${describeKey(figure, names)} is ${here} here but ${there} in ` +
          `${reference.doc.file}:${reference.doc.lineOf(reference.path)}. ` +
          'Make them agree, or add benchmark.note saying why this page differs.',
      });
    }
  }
  return problems;
}
