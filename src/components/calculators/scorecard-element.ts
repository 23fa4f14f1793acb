/**
 * <calc-kpi-scorecard>: rates each typed value as the reader types, keeps the CSV link and
 * the shareable URL current, and restores values from a shared link. The KPI facts come
 * from data attributes the server wrote; typed and linked values only reach text nodes.
 */
import { formatInput } from '~/lib/calculators/field';
import { formatPlain } from '~/lib/calculators/format';
import { levelIcon } from '~/lib/calculators/rating';
import { readQuery, writeQuery } from '~/lib/calculators/query-state';
import {
  buildScorecardCsv,
  describeScore,
  invalidIcon,
  scoreRow,
  summarizeScores,
  type ScorecardRow,
} from '~/lib/calculators/scorecard';
import type { Direction } from '~/schemas/kpi';
import type { Unit } from '~/schemas/units';
import { createAnnouncer } from './announce';
import { setupShare } from './share';

function readRow(item: HTMLElement): ScorecardRow {
  const { kpi = '', name = '', unit, direction, min, max, benchmark = '', floor, ceiling } = item.dataset;
  return {
    id: kpi,
    name,
    unit: unit as Unit,
    direction: direction as Direction,
    benchmark: { text: benchmark, min: min ? Number(min) : undefined, max: max ? Number(max) : undefined },
    limits: { min: Number(floor ?? 0), max: Number(ceiling ?? Infinity) },
  };
}

class ScorecardElement extends HTMLElement {
  private share?: ((search: string) => void) | undefined;
  private announce: (message: string) => void = () => {};

  connectedCallback(): void {
    if (this.share) return;
    const items = [...this.querySelectorAll<HTMLElement>('[data-kpi]')];
    const linked = readQuery(
      location.search,
      items.map((item) => item.dataset.kpi ?? ''),
    );
    for (const item of items) {
      const input = item.querySelector('input');
      const value = linked[item.dataset.kpi ?? ''];
      if (!input || value === undefined) continue;
      // A linked "1000000" reads back like typed values do: "$1,000,000".
      const row = readRow(item);
      const score = scoreRow(row, value);
      input.value = score.state === 'rated' ? formatInput(score.value, row.unit) : value;
    }
    this.announce = createAnnouncer(this);
    // Statuses follow each keystroke; the live region speaks once a value is committed (change fires on blur or Enter).
    this.addEventListener('input', () => this.update(true));
    this.addEventListener('change', (event) => this.update(true, event.target));
    this.share = setupShare(this);
    this.update(false);
  }

  private update(edited: boolean, committed?: EventTarget | null): void {
    const rows: ScorecardRow[] = [];
    const raws: Record<string, string> = {};
    const linked: Record<string, string> = {};
    let spoken = '';
    const scores = [...this.querySelectorAll<HTMLElement>('[data-kpi]')].map((item) => {
      const row = readRow(item);
      const input = item.querySelector('input')!;
      const score = scoreRow(row, input.value);
      rows.push(row);
      raws[row.id] = input.value.trim();
      if (raws[row.id]) linked[row.id] = score.state === 'rated' ? formatPlain(score.value) : raws[row.id]!;
      const status = item.querySelector<HTMLElement>('.scorecard__status')!;
      if (score.state === 'rated') status.dataset.level = score.level;
      else delete status.dataset.level;
      if (score.state === 'invalid') status.dataset.state = 'invalid';
      else delete status.dataset.state;
      status.querySelector('[aria-hidden]')!.textContent =
        score.state === 'rated' ? levelIcon[score.level] : score.state === 'invalid' ? invalidIcon : '–';
      status.querySelector('[data-part="status-text"]')!.textContent = describeScore(score);
      input.setAttribute('aria-invalid', score.state === 'invalid' ? 'true' : 'false');
      if (committed === input) spoken = `${row.name}: ${describeScore(score)}.`;
      return score;
    });
    const summary = summarizeScores(scores);
    this.querySelector('[data-part="summary"]')!.textContent = summary;
    if (spoken) this.announce(`${spoken} ${summary}`.trim());
    const csv = this.querySelector<HTMLAnchorElement>('[data-part="csv"]')!;
    csv.href = `data:text/csv;charset=utf-8,${encodeURIComponent(buildScorecardCsv(rows, raws))}`;
    const params = new URLSearchParams(location.search);
    for (const row of rows) if (!(row.id in linked)) params.delete(row.id);
    const search = writeQuery(params.toString(), linked);
    this.share?.(search);
    if (edited) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}

export function defineScorecard(): void {
  if (!customElements.get('calc-kpi-scorecard')) customElements.define('calc-kpi-scorecard', ScorecardElement);
}
