import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** CJK-capable font stack: Windows, macOS, then Linux fallbacks (addin-conventions §10). */
export const FONT_FAMILY_BASE =
  "'Segoe UI', 'Microsoft YaHei UI', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif";

export const appTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_FAMILY_BASE };
export const appDarkTheme: Theme = { ...webDarkTheme, fontFamilyBase: FONT_FAMILY_BASE };

/** True when a "#rrggbb" / "#rgb" colour is dark (relative luminance below 0.5). Unparseable input counts as light. */
export function isDarkColor(color: string | null | undefined): boolean {
  if (!color) return false;
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Picks the pane theme from Office's body background colour (`Office.context.officeTheme.bodyBackgroundColor`). */
export function themeFor(bodyBackgroundColor?: string | null): Theme {
  return isDarkColor(bodyBackgroundColor) ? appDarkTheme : appTheme;
}
