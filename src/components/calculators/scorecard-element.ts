/**
 * <calc-kpi-scorecard>: rates each typed value as the reader types, keeps the CSV link and
 * the shareable URL current, and restores values from a shared link. The KPI facts come
 * from data attributes the server wrote; typed and linked values only reach text nodes.
 */
import { formatPlain } from '~/lib/calculators/format';
import { levelIcon } from '~/lib/calculators/rating';
import { readQuery, writeQuery } from '~/lib/calculators/query-state';
import {
  buildScorecardCsv,
  describeScore,
  scoreRow,
  summarizeScores,
  type ScorecardRow,
} from '~/lib/calculators/scorecard';
import type { Direction } from '~/schemas/kpi';
import type { Unit } from '~/schemas/units';
import { setupShare } from './share';

function readRow(item: HTMLElement): ScorecardRow {
  const { kpi = '', name = '', unit, direction, min, max, benchmark = '' } = item.dataset;
  return {
    id: kpi,
    name,
    unit: unit as Unit,
    direction: direction as Direction,
    benchmark: { text: benchmark, min: min ? Number(min) : undefined, max: max ? Number(max) : undefined },
  };
}

class ScorecardElement extends HTMLElement {
  private share?: ((search: string) => void) | undefined;

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
      if (input && value !== undefined) input.value = value;
    }
    this.addEventListener('input', () => this.update(true));
    this.share = setupShare(this);
    this.update(false);
  }

  private update(edited: boolean): void {
    const rows: ScorecardRow[] = [];
    const raws: Record<string, string> = {};
    const linked: Record<string, string> = {};
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
      status.querySelector('[aria-hidden]')!.textContent =
        score.state === 'rated' ? levelIcon[score.level] : score.state === 'invalid' ? '✕' : '–';
      status.querySelector('[data-part="status-text"]')!.textContent = describeScore(score);
      input.setAttribute('aria-invalid', score.state === 'invalid' ? 'true' : 'false');
      return score;
    });
    this.querySelector('[data-part="summary"]')!.textContent = summarizeScores(scores);
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
