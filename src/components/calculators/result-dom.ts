/**
 * Writes a ResultView into the markup Result.astro rendered, with text nodes only:
 * nothing a link or an input carries is ever parsed as HTML.
 */
import { levelIcon } from '~/lib/calculators/rating';
import type { ResultView } from '~/lib/calculators/tool';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function part(root: Element, name: string): HTMLElement {
  const node = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!node) throw new Error(`calculator markup has no [data-part="${name}"]`);
  return node;
}

export function showView(root: Element, view: ResultView): void {
  part(root, 'problem').hidden = true;
  part(root, 'view').hidden = false;
  part(root, 'headline-label').textContent = view.headline.label;
  part(root, 'headline').textContent = view.headline.text;
  part(root, 'verdicts').replaceChildren(
    ...view.verdicts.map((verdict) => {
      const item = element('li');
      item.dataset.level = verdict.level;
      const icon = element('span', levelIcon[verdict.level]);
      icon.setAttribute('aria-hidden', 'true');
      item.append(icon, ' ', verdict.text);
      return item;
    }),
  );
  part(root, 'lines').replaceChildren(
    ...view.lines.map((line) => {
      const row = element('div');
      row.append(element('dt', line.label), element('dd', line.text));
      return row;
    }),
  );
  part(root, 'working').textContent = view.working;
}

export function showProblem(root: Element, message: string): void {
  part(root, 'view').hidden = true;
  const problem = part(root, 'problem');
  problem.hidden = false;
  problem.textContent = message;
}
