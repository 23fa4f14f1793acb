/**
 * The one custom element behind every calculator. The server has already rendered the
 * form and the result for the default inputs; this adds live results, link restore and
 * the copy-link button, reusing the same pure modules the server used. Each calculator's
 * definition is its own chunk, fetched only by a page that shows that calculator.
 */
import { formatInput, isFieldActive, readField } from '~/lib/calculators/field';
import { formatPlain } from '~/lib/calculators/format';
import type { NoResult } from '~/lib/calculators/outcome';
import { readQuery, writeQuery } from '~/lib/calculators/query-state';
import type { Calculator, Field } from '~/lib/calculators/tool';
import { createAnnouncer } from './announce';
import { setupShare } from './share';
import { showProblem, showView } from './result-dom';

type Control = HTMLInputElement | HTMLSelectElement;

class CalculatorElement extends HTMLElement {
  calculator!: Calculator;
  /** Link values a <select> cannot hold, reported until the reader picks an option. */
  private rejected = new Map<string, string>();
  private share?: ((search: string) => void) | undefined;
  private announce: (message: string) => void = () => {};

  connectedCallback(): void {
    // A group rather than a form: results follow every keystroke, so there is nothing to submit.
    const inputs = this.querySelector('[data-part="inputs"]');
    if (!inputs || this.share) return;
    const fromLink = readQuery(
      location.search,
      this.calculator.fields.map((field) => this.key(field.name)),
    );
    for (const field of this.calculator.fields) {
      const raw = fromLink[this.key(field.name)];
      if (raw !== undefined) this.restore(field, raw);
    }
    this.announce = createAnnouncer(this);
    // The visible result follows each keystroke; the live region speaks once the reader
    // commits a value (change fires on blur, Enter or a new option), not on every key.
    inputs.addEventListener('input', (event) => this.update(event.target));
    inputs.addEventListener('change', (event) => this.update(event.target, true, true));
    this.share = setupShare(this);
    // The definition arrives after the page, so a reader may have typed already: keep what they typed.
    const typed = this.calculator.fields.some((field) => this.edited(field.name));
    // Without link values or typing, the server's result is already right; re-writing it would be wasted work.
    this.update(typed ? inputs : null, typed || Object.keys(fromLink).length > 0);
  }

  /** Whether the reader changed a control from the value the server rendered. */
  private edited(name: string): boolean {
    const control = this.control(name);
    if (control instanceof HTMLSelectElement)
      return [...control.selectedOptions].some((option) => !option.defaultSelected);
    return control !== null && control.value !== control.defaultValue;
  }

  /** Puts a linked value in its control, formatted like a typed one when it reads as a number. */
  private restore(field: Field, raw: string): void {
    const control = this.control(field.name);
    if (control instanceof HTMLSelectElement) {
      if ([...control.options].some((option) => option.value === raw)) control.value = raw;
      else this.rejected.set(field.name, raw);
      return;
    }
    if (!control) return;
    const reading = readField(field, raw);
    control.value =
      field.kind === 'number' && reading.ok && typeof reading.value === 'number'
        ? formatInput(reading.value, field.unit)
        : raw;
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

  private rawOf(field: Field): string {
    return this.rejected.get(field.name) ?? this.control(field.name)?.value ?? '';
  }

  private update(changed: EventTarget | null, render = true, announce = false): void {
    if (changed instanceof HTMLSelectElement) this.rejected.delete(changed.name);
    const values: Record<string, number | string> = {};
    const entries: Record<string, string> = {};
    const problems: NoResult[] = [];
    const choiceOf = (name: string) => this.control(name)?.value;
    for (const field of this.calculator.fields) {
      const raw = this.rawOf(field);
      const outcome = readField(field, raw);
      const active = isFieldActive(field, choiceOf);
      const wrapper = this.control(field.name)?.closest<HTMLElement>('[data-field]');
      if (wrapper) wrapper.hidden = !active;
      // An unused field cannot change the result, so its text is neither judged nor used.
      this.mark(field.name, outcome.ok || !active ? undefined : outcome.reason);
      if (outcome.ok) values[field.name] = outcome.value;
      else if (active) problems.push(outcome);
      else values[field.name] = field.default;
      entries[this.key(field.name)] =
        outcome.ok && typeof outcome.value === 'number' ? formatPlain(outcome.value) : raw.trim();
    }
    if (render) {
      const summary = this.showResult(values, problems);
      if (announce) this.announce(summary);
    }
    const search = writeQuery(location.search, entries);
    this.share?.(search);
    if (changed) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Shows the result for `values` and returns it in one sentence, for the live region. */
  private showResult(values: Record<string, number | string>, problems: readonly NoResult[]): string {
    const result = this.querySelector('[data-part="result"]')!;
    if (problems.length > 0) {
      const labels = problems.map(
        (problem) => this.calculator.fields.find((field) => field.name === problem.field)?.label,
      );
      return showProblem(result, `No result yet: check ${labels.join(', ')}.`);
    }
    const outcome = this.calculator.evaluate(values);
    if (outcome.ok) return showView(result, outcome.value);
    if (outcome.field) this.mark(outcome.field, outcome.reason);
    return showProblem(result, `No result: ${outcome.reason}`);
  }
}

/** Registers `tag` for one calculator; safe to call twice when a page embeds it twice. */
function defineCalculator(tag: string, calculator: Calculator): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends CalculatorElement {
      override calculator = calculator;
    },
  );
}

/** Every calculator's definition module, loaded on demand: Vite emits one chunk per calculator. */
const definitions = import.meta.glob<Record<string, unknown>>('../../calculators/*/definition.ts');

/** The calculator that `src/calculators/<id>/definition.ts` exports (its `id` is the folder name). */
async function loadCalculator(id: string): Promise<Calculator> {
  const load = definitions[`../../calculators/${id}/definition.ts`];
  if (!load) throw new Error(`no calculator definition for "${id}" in src/calculators/`);
  const calculator = Object.values(await load()).find(
    (value): value is Calculator => (value as Partial<Calculator> | null)?.id === id,
  );
  if (!calculator) throw new Error(`src/calculators/${id}/definition.ts exports no calculator with id "${id}"`);
  return calculator;
}

/**
 * Registers the element of each calculator the page shows (`<calc-<id> data-tool="<id>">`,
 * rendered by Calculator.astro), downloading only those calculators' definitions.
 */
export async function defineCalculators(root: ParentNode = document): Promise<void> {
  const ids = new Set(
    [...root.querySelectorAll<HTMLElement>('.calc[data-tool]')].map((element) => element.dataset.tool),
  );
  await Promise.all([...ids].map(async (id) => id && defineCalculator(`calc-${id}`, await loadCalculator(id))));
}
