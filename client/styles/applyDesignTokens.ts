import { cssVariables } from "../../shared/design/tokens";

/**
 * Puts the design tokens on `:root` as CSS custom properties, before the first render: the style
 * sheets use only these variables for colour (`shared/design/tokens.ts` is the one source).
 */
export function applyDesignTokens(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(cssVariables())) root.style.setProperty(name, value);
}
