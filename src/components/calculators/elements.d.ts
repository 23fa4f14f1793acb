/** The calculator custom elements, so templates can render them with the usual attributes. */
type CalculatorTag = `calc-${import('~/calculators/registry').CalculatorId}`;

declare namespace astroHTML.JSX {
  type CalculatorElements = { [Tag in CalculatorTag]: HTMLAttributes };
  interface IntrinsicElements extends CalculatorElements {
    'calc-kpi-scorecard': HTMLAttributes;
  }
}
