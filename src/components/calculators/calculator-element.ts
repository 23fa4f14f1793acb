/**
 * The one custom element behind every calculator. The server has already rendered the
 * form and the result for the default inputs; this adds live results, link restore and
 * the copy-link button, reusing the same pure modules the server used.
 */
import { readField } from '~/lib/calculators/field';
import { formatPlain } from '~/lib/calculators/format';
import type { NoResult } from '~/lib/calculators/outcome';
import { readQuery, writeQuery } from '~/lib/calculators/query-state';
import type { Calculator } from '~/lib/calculators/tool';
import { setupShare } from './share';
import { showProblem, showView } from './result-dom';

type Control = HTMLInputElement | HTMLSelectElement;

class CalculatorElement extends HTMLElement {
  calculator!: Calculator;
  /** Link values a <select> cannot hold, reported until the reader picks an option. */
  private rejected = new Map<string, string>();
  private share?: ((search: string) => void) | undefined;

  connectedCallback(): void {
    // A group rather than a form: results follow every keystroke, so there is nothing to submit.
    const inputs = this.querySelector('[data-part="inputs"]');
    if (!inputs || this.share) return;
    const fromLink = readQuery(
      location.search,
      this.calculator.fields.map((field) => this.key(field.name)),
    );
    for (const field of this.calculator.fields) {
      const { name } = field;
      const raw = fromLink[this.key(name)];
      if (raw === undefined) continue;
      const control = this.control(name);
      if (control instanceof HTMLSelectElement && ![...control.options].some((option) => option.value === raw)) {
        this.rejected.set(name, raw);
      } else if (control) control.value = raw;
    }
    inputs.addEventListener('input', (event) => this.update(event.target));
    inputs.addEventListener('change', (event) => this.update(event.target));
    this.share = setupShare(this);
    // Without link values the server's result is already right; re-writing the live region would re-announce it.
    this.update(null, Object.keys(fromLink).length > 0);
  }

  /** The URL key of a field: its name, prefixed when one page holds two copies of a calculator. */
  private key(name: string): string {
    return `${this.dataset.queryPrefix ?? ''}${name}`;
  }

  private control(name: string): Control | null {
    return this.querySelector<Control>(`[name="${CSS.escape(name)}"]`);
  }

  private mark(name: string, problem: string | undefined): void {
    const control = this.control(name);
    const message = this.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    control?.setAttribute('aria-invalid', problem ? 'true' : 'false');
    if (message) {
      message.textContent = problem ?? '';
      message.hidden = !problem;
    }
  }

  private update(changed: EventTarget | null, render = true): void {
    if (changed instanceof HTMLSelectElement) this.rejected.delete(changed.name);
    const values: Record<string, number | string> = {};
    const entries: Record<string, string> = {};
    const problems: NoResult[] = [];
    for (const field of this.calculator.fields) {
      const raw = this.rejected.get(field.name) ?? this.control(field.name)?.value ?? '';
      const outcome = readField(field, raw);
      this.mark(field.name, outcome.ok ? undefined : outcome.reason);
      if (outcome.ok) values[field.name] = outcome.value;
      else problems.push(outcome);
      entries[this.key(field.name)] =
        outcome.ok && typeof outcome.value === 'number' ? formatPlain(outcome.value) : raw.trim();
    }
    if (render) this.showResult(values, problems);
    const search = writeQuery(location.search, entries);
    this.share?.(search);
    if (changed) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private showResult(values: Record<string, number | string>, problems: readonly NoResult[]): void {
    const result = this.querySelector('[data-part="result"]')!;
    if (problems.length > 0) {
      const labels = problems.map(
        (problem) => this.calculator.fields.find((field) => field.name === problem.field)?.label,
      );
      showProblem(result, `No result yet: check ${labels.join(', ')}.`);
      return;
    }
    const outcome = this.calculator.evaluate(values);
    if (outcome.ok) showView(result, outcome.value);
    else {
      if (outcome.field) this.mark(outcome.field, outcome.reason);
      showProblem(result, `No result: ${outcome.reason}`);
    }
  }
}

/** Registers `tag` for one calculator; safe to call twice when a page embeds it twice. */
export function defineCalculator(tag: string, calculator: Calculator): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends CalculatorElement {
      override calculator = calculator;
    },
  );
}
