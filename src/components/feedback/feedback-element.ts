/**
 * <pulse-feedback> sends the answer with fetch and shows the thanks in place, so the reader
 * stays where they are. Without it the form still posts and the receiver redirects back.
 */
class PulseFeedback extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send(form);
    });
  }

  private async send(form: HTMLFormElement): Promise<void> {
    const button = form.querySelector('button');
    const error = form.querySelector<HTMLElement>('.feedback__error');
    if (button) button.disabled = true;
    let problem: string;
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Object.fromEntries(new FormData(form))),
        credentials: 'omit',
      });
      if (response.ok) {
        this.dataset['state'] = 'sent';
        this.querySelector<HTMLElement>('.feedback__thanks')?.focus();
        return;
      }
      // The receiver's refusals are plain sentences meant for the reader.
      problem = (await response.text()) || `The answer was not saved (HTTP ${response.status}).`;
    } catch {
      problem = 'The answer could not be sent. Check your connection and try again.';
    }
    if (button) button.disabled = false;
    if (error) {
      error.textContent = problem;
      error.hidden = false;
    }
  }
}

export function definePulseFeedback(): void {
  if (!customElements.get('pulse-feedback')) customElements.define('pulse-feedback', PulseFeedback);
}
