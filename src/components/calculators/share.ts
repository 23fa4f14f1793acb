/**
 * The "copy link" control. The link also sits in a read-only field, so it can be copied
 * by hand where the clipboard API is unavailable (and read by tests).
 */
export function setupShare(root: HTMLElement): ((search: string) => void) | undefined {
  const box = root.querySelector<HTMLElement>('[data-part="share"]');
  const field = box?.querySelector<HTMLInputElement>('input');
  const button = box?.querySelector<HTMLButtonElement>('button');
  const status = box?.querySelector<HTMLElement>('[data-part="share-status"]');
  if (!box || !field || !button || !status) return undefined;
  box.hidden = false;
  button.addEventListener('click', async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = 'Copy the selected link with Ctrl+C or ⌘C.';
    }
  });
  return (search) => {
    const link = `${location.origin}${location.pathname}${search}`;
    field.value = link;
    button.dataset.link = link;
    status.textContent = '';
  };
}
