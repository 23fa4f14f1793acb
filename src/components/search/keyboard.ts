/**
 * Arrow-key movement between the search field and result links. Results stay plain
 * links (Enter opens them, screen readers read them as links); the arrows only move
 * focus, so nothing needs an ARIA listbox to work.
 */

/** Handles ArrowUp/ArrowDown/Home/End inside `scope`; returns true when it moved focus. */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, scope: HTMLElement): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const links = [...scope.querySelectorAll<HTMLAnchorElement>('a[data-search-result]')];
  if (links.length === 0) return false;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const fromInput = event.target === input;
  if (at >= 0 && event.key.length === 1) {
    // Typing on a result goes back to the field; the key lands there.
    input.focus();
    return false;
  }
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowDown') next = fromInput ? links[0] : links[Math.min(at + 1, links.length - 1)];
  else if (event.key === 'ArrowUp' && at >= 0) next = at === 0 ? input : links[at - 1];
  else if (event.key === 'Home' && at >= 0) next = links[0];
  else if (event.key === 'End' && at >= 0) next = links.at(-1);
  if (!next || (at < 0 && !fromInput)) return false;
  event.preventDefault();
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
  return true;
}
