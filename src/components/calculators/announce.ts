/**
 * The one polite live region of a calculator or scorecard. Writing the visible result
 * on every keystroke made screen readers re-read it per key (18 announcements for 15
 * keys), so widgets speak through this instead, and only when the reader commits a value.
 */
export function createAnnouncer(root: HTMLElement): (message: string) => void {
  const region = root.querySelector<HTMLElement>('[data-part="announce"]');
  let last = '';
  return (message) => {
    // The same words again would only repeat what the reader has just heard.
    if (!region || message === last) return;
    last = message;
    region.textContent = message;
  };
}
