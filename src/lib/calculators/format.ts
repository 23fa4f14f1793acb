/**
 * A number as it goes into a calculator's input or its share link. Figures as a reader
 * reads them (results, limits in messages) come from src/lib/figure.ts.
 */
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** A plain number as it goes into a link or an input: no grouping, no float noise. */
export function formatPlain(value: number): string {
  const text = String(Number(value.toPrecision(15)));
  // Very small or very large numbers print in exponent form, which the parser refuses.
  return text.includes('e') ? plain.format(value) : text;
}
