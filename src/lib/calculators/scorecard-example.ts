/**
 * Illustrative values for the standalone scorecard page, derived from each benchmark so
 * that the example shows all three colours whatever industry it is built from.
 */
import type { Direction } from '../../schemas/kpi';
import type { Unit } from '../../schemas/units';
import { formatInput } from './field';
import { yellowBand } from './rating';

interface ExampleKpi {
  kpi: { id: string };
  /** The scorecard row's key (see listTargets). */
  key: string;
  benchmark: { min?: number | undefined; max?: number | undefined; unit: Unit };
}

/** Which side of the target each row lands on, in turn: on target, close, on target, off. */
const pattern = ['green', 'yellow', 'green', 'red'] as const;

function sample(
  direction: Direction,
  min: number | undefined,
  max: number | undefined,
  level: (typeof pattern)[number],
): number | undefined {
  const floor =
    direction === 'lower-is-better' ? undefined : (min ?? (direction === 'higher-is-better' ? max : undefined));
  const ceiling =
    direction === 'higher-is-better' ? undefined : (max ?? (direction === 'lower-is-better' ? min : undefined));
  // Half the yellow band off target for "close", twice it for "off".
  const step = level === 'yellow' ? yellowBand / 2 : yellowBand * 2;
  if (floor !== undefined && (level !== 'green' || ceiling === undefined)) {
    return level === 'green' ? floor : floor - Math.abs(floor) * step;
  }
  if (ceiling === undefined) return undefined;
  if (level === 'green') return floor === undefined ? ceiling : (floor + ceiling) / 2;
  return ceiling + Math.abs(ceiling) * step;
}

/** Values by target key, as a reader would type them; directions come from the KPI registry. */
export function pickScorecardExample(
  kpis: readonly ExampleKpi[],
  directions: Readonly<Record<string, Direction>>,
): Record<string, string> {
  const values: Record<string, string> = {};
  kpis.forEach(({ kpi, key, benchmark }, index) => {
    const direction = directions[kpi.id];
    if (!direction) return;
    const value = sample(direction, benchmark.min, benchmark.max, pattern[index % pattern.length]!);
    if (value === undefined) return;
    const rounded = Number(value.toFixed(benchmark.unit === 'multiple' ? 2 : 1));
    values[key] = formatInput(rounded, benchmark.unit);
  });
  return values;
}
