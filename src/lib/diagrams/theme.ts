/**
 * One render serves light and dark. Mermaid bakes colours into each SVG, so we render with
 * the `base` theme and a palette of distinct marker colours, then swap every marker for a
 * CSS custom property (`svg.ts`). diagram.css points those properties at the site's tokens,
 * so a diagram follows whichever colour scheme the page is in, with one copy of its text.
 */

/** A palette role: the CSS custom property it becomes and the light colour mermaid sees. */
export interface PaletteRole {
  property: string;
  /** Used at render time as a marker, and kept as the var() fallback. Must be unique. */
  light: string;
  /** The mermaid theme variables that take this role. */
  variables: readonly string[];
}

export const palette: readonly PaletteRole[] = [
  {
    property: '--diagram-text',
    light: '#1b1f24',
    variables: [
      'textColor',
      'primaryTextColor',
      'secondaryTextColor',
      'tertiaryTextColor',
      'nodeTextColor',
      'titleColor',
      'errorTextColor',
    ],
  },
  { property: '--diagram-node-bg', light: '#e3f2ef', variables: ['primaryColor', 'mainBkg'] },
  {
    property: '--diagram-node-border',
    light: '#0b6b63',
    variables: ['primaryBorderColor', 'nodeBorder'],
  },
  {
    property: '--diagram-line',
    light: '#4d5560',
    variables: ['lineColor', 'arrowheadColor', 'defaultLinkColor'],
  },
  { property: '--diagram-cluster-bg', light: '#f1f4f3', variables: ['secondaryColor', 'clusterBkg'] },
  {
    property: '--diagram-cluster-border',
    light: '#d5dcda',
    variables: ['secondaryBorderColor', 'tertiaryBorderColor', 'clusterBorder'],
  },
  { property: '--diagram-muted-bg', light: '#f6f7f5', variables: ['tertiaryColor', 'errorBkgColor'] },
  { property: '--diagram-surface', light: '#fffffe', variables: ['background', 'edgeLabelBackground'] },
];

/** Colour literals mermaid emits for every flowchart that read fine in either scheme. */
export const neutralColors: ReadonlyMap<string, string> = new Map([
  // The neo look's drop shadow: softened so it neither glows on dark nor vanishes on light.
  ['rgba(185,185,185,1)', 'var(--diagram-shadow, rgba(185,185,185,1))'],
  ['rgba(185, 185, 185, 1)', 'var(--diagram-shadow, rgba(185,185,185,1))'],
]);

/** Colour literals left alone: they sit in rules no flowchart output uses (katex, state start). */
export const inertColors: readonly string[] = ['#000', '#000000'];

/**
 * Arial metrics are what the labels are measured with (Liberation Sans stands in for Arial on
 * Linux with identical widths), so text fits its box on readers' machines too.
 */
export const diagramFontFamily = 'Arial, "Liberation Sans", Helvetica, sans-serif';

/** The configuration every diagram is rendered with; part of the cache key. */
export function getMermaidConfig(): Record<string, unknown> {
  const themeVariables: Record<string, string> = { fontFamily: diagramFontFamily };
  for (const role of palette) for (const name of role.variables) themeVariables[name] = role.light;
  return {
    startOnLoad: false,
    theme: 'base',
    themeVariables,
    fontFamily: diagramFontFamily,
    // SVG <text> rather than HTML in <foreignObject>: real text that needs no CSS from mermaid.
    htmlLabels: false,
    securityLevel: 'strict',
    deterministicIds: true,
  };
}
