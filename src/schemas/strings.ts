/**
 * Every string inside a page's frontmatter data, with its field path:
 * `[{ path: ['faq', 0, 'answer'], text }]`. The TODO rule, the provenance rules and the
 * lint walk the data the same way, so a path one reports is a path the others name.
 */
export function collectStrings(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => collectStrings(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, [...path, key]));
  }
  return [];
}
