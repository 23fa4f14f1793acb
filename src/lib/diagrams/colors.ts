/**
 * Swaps the palette's marker colours in mermaid's CSS and attributes for custom properties.
 * Whatever colour is left afterwards (an editor's `style` line, a diagram type whose theme
 * derives extra shades) cannot follow the scheme, so the caller is told and pins the figure
 * to a light background instead of guessing.
 */
import { inertColors, neutralColors, palette } from './theme';

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb | undefined {
  const digits = hex.slice(1);
  if (digits.length !== 6) return undefined;
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

const roles = palette.map((role) => ({ ...role, rgb: parseHex(role.light)! }));

function findRole(rgb: Rgb) {
  return roles.find((role) => role.rgb.every((channel, i) => channel === rgb[i]));
}

function toVar(role: (typeof roles)[number]): string {
  return `var(${role.property}, ${role.light})`;
}

// Matches colour literals inside CSS text; `&#39;`-style entities are not colours.
const colorPattern =
  /(?<!&)#[0-9a-fA-F]{6}\b|(?<!&)#[0-9a-fA-F]{3}\b|rgba?\(\s*[\d.]+\s*,\s*[\d.]+\s*,\s*[\d.]+\s*(?:,\s*[\d.]+\s*)?\)/g;
const leftoverPattern = /(?<!&)#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(/g;

/** Replaces every palette colour in a CSS fragment (a stylesheet or a style attribute). */
export function themeCss(css: string): string {
  let themed = css;
  for (const [literal, replacement] of neutralColors) themed = themed.split(literal).join(replacement);
  return themed.replace(colorPattern, (literal) => {
    if (literal.startsWith('#')) {
      const rgb = parseHex(literal);
      const role = rgb && findRole(rgb);
      return role ? toVar(role) : literal;
    }
    const numbers = literal.match(/[\d.]+/g)!.map(Number);
    const role = findRole([numbers[0]!, numbers[1]!, numbers[2]!]);
    if (!role) return literal;
    const alpha = numbers[3] ?? 1;
    if (alpha >= 1) return toVar(role);
    return `color-mix(in srgb, ${toVar(role)} ${Math.round(alpha * 100)}%, transparent)`;
  });
}

/** Colour literals in a CSS fragment that no custom property stands for. */
export function findFixedColors(css: string): string[] {
  const withoutVars = css.replace(/var\((?:[^()]|\([^()]*\))*\)/g, '');
  const found = withoutVars.match(leftoverPattern) ?? [];
  return found.filter((literal) => !inertColors.includes(literal.toLowerCase()));
}
