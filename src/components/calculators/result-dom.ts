/**
 * Writes a ResultView into the markup Result.astro rendered, with text nodes only:
 * nothing a link or an input carries is ever parsed as HTML.
 */
import { levelIcon } from '~/lib/calculators/rating';
import type { ResultView, Verdict } from '~/lib/calculators/tool';

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

/** A rating as Result.astro renders it: the level in `data-level`, an icon, then the words. */
function fillVerdict<T extends HTMLElement>(node: T, verdict: Verdict): T {
  node.dataset.level = verdict.level;
  const icon = element('span', levelIcon[verdict.level]);
  icon.setAttribute('aria-hidden', 'true');
  node.append(icon, ' ', verdict.text);
  return node;
}

/** Shows `view` and returns it in one sentence: each figure with its own rating. */
export function showView(root: Element, view: ResultView): string {
  part(root, 'problem').hidden = true;
  part(root, 'view').hidden = false;
  part(root, 'headline-label').textContent = view.headline.label;
  part(root, 'headline').textContent = view.headline.text;
  part(root, 'verdicts').replaceChildren(...view.verdicts.map((verdict) => fillVerdict(element('li'), verdict)));
  part(root, 'lines').replaceChildren(
    ...view.lines.map((line) => {
      const row = element('div');
      row.append(element('dt', line.label), element('dd', line.text));
      if (line.verdict) {
        const rating = fillVerdict(element('dd'), line.verdict);
        rating.className = 'calc-result__line-verdict';
        row.append(rating);
      }
      return row;
    }),
  );
  part(root, 'working').textContent = view.working;
  const rated = view.lines.filter((line) => line.verdict);
  return [
    `${view.headline.label}: ${view.headline.text}.`,
    ...view.verdicts.map((verdict) => verdict.text),
    ...rated.map((line) => `${line.label}: ${line.text}. ${line.verdict!.text}`),
  ].join(' ');
}

/** Shows `message` in place of a result and returns it. */
export function showProblem(root: Element, message: string): string {
  part(root, 'view').hidden = true;
  const problem = part(root, 'problem');
  problem.hidden = false;
  problem.textContent = message;
  return message;
}
