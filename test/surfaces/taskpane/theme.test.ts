import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, isDarkOfficeTheme } from '../../../src/surfaces/taskpane/theme';

describe('task pane theme', () => {
  it.each([
    ['#FFFFFF', false],
    ['#F3F2F1', false],
    ['#1F1F1F', true],
    ['262626', true],
    ['#6e6e6e', true],
    ['#a0a0a0', false],
  ])('reads Office body background %s as dark=%s', (bodyBackgroundColor, dark) => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor })).toBe(dark);
  });

  it('falls back to light outside Office or when the colour cannot be read', () => {
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(isDarkOfficeTheme({})).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: 'black' })).toBe(false);
  });

  it('picks the Fluent theme to match', () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#000000' })).toBe(webDarkTheme);
    expect(fluentThemeFor(undefined)).toBe(webLightTheme);
  });
});
