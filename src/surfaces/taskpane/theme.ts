import { useEffect, useState } from 'react';
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { OfficeThemeColours } from '../../gateways/office/office-theme';

export type { OfficeThemeColours } from '../../gateways/office/office-theme';

/** starts following Office's theme, calling back with each change; returns a function that stops */
export type WatchTheme = (onChange: (theme: OfficeThemeColours | undefined) => void) => () => void;

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

/** Office's theme now, and as it changes while the pane is open (read through the Office gateway). */
export function useOfficeTheme(
  initial: OfficeThemeColours | undefined,
  watch: WatchTheme | undefined,
): OfficeThemeColours | undefined {
  const [theme, setTheme] = useState(initial);
  useEffect(() => watch?.(setTheme), [watch]);
  return theme;
}
