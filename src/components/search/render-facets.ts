/**
 * Facet checkboxes with result counts. Rebuilt after every search; the checkbox the
 * reader just used keeps focus, so keyboard users can tick several in a row.
 */
import { facets, type FacetKey } from '~/lib/search-facets';
import { listFacetValues, type Selection } from '~/lib/search-state';

/** Values shown before the rest fold into "Show n more". */
const visible = 8;

function renderRow(key: FacetKey, value: string, count: number, checked: boolean): HTMLLIElement {
  const row = document.createElement('li');
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = key;
  box.value = value;
  box.checked = checked;
  const name = document.createElement('span');
  name.textContent = value;
  const badge = document.createElement('span');
  badge.className = 'facet-count';
  badge.textContent = String(count);
  const unit = document.createElement('span');
  unit.className = 'visually-hidden';
  unit.textContent = count === 1 ? ' result' : ' results';
  badge.append(unit);
  label.append(box, name, badge);
  row.append(label);
  return row;
}

/** Fills `container`; returns false when no facet has any value to offer. */
export function renderFacets(
  container: HTMLElement,
  counts: Readonly<Record<FacetKey, Readonly<Record<string, number>>>>,
  selection: Selection,
): boolean {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && container.contains(active) ? `${active.name}\n${active.value}` : undefined;
  const unfolded = new Set(
    [...container.querySelectorAll<HTMLElement>('fieldset:has(details[open])')].map((set) => set.dataset.facet),
  );
  const groups = facets.flatMap((facet) => {
    const rows = listFacetValues(counts[facet.key], selection[facet.key]);
    if (rows.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.facet = facet.key;
    const legend = document.createElement('legend');
    legend.textContent = facet.label;
    const list = document.createElement('ul');
    list.append(...rows.slice(0, visible).map((row) => renderRow(facet.key, row.value, row.count, row.checked)));
    fieldset.append(legend, list);
    const rest = rows.slice(visible);
    if (rest.length > 0) {
      const details = document.createElement('details');
      details.open = unfolded.has(facet.key) || rest.some((row) => row.checked);
      const summary = document.createElement('summary');
      summary.textContent = `Show ${rest.length} more`;
      const extra = document.createElement('ul');
      extra.append(...rest.map((row) => renderRow(facet.key, row.value, row.count, row.checked)));
      details.append(summary, extra);
      fieldset.append(details);
    }
    return [fieldset];
  });
  container.replaceChildren(...groups);
  if (focused) {
    const match = [...container.querySelectorAll<HTMLInputElement>('input')].find(
      (box) => `${box.name}\n${box.value}` === focused,
    );
    match?.focus();
  }
  return groups.length > 0;
}
