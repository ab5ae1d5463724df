import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** The part of Office.context.officeTheme we read; absent outside Office (plain browser, tests). */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** Dark when the Office body background is dark (relative luminance below one half). */
export function isDarkOfficeTheme(theme: OfficeThemeColours | undefined): boolean {
  const hex = theme?.bodyBackgroundColor?.match(/^#?([0-9a-f]{6})$/i)?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function fluentThemeFor(theme: OfficeThemeColours | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}

/** Office's theme when the pane runs inside Office; undefined in a plain browser where Office.context is empty. */
export function currentOfficeTheme(): OfficeThemeColours | undefined {
  try {
    return typeof Office === 'undefined' ? undefined : Office.context?.officeTheme;
  } catch {
    return undefined;
  }
}
