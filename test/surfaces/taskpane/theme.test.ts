import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, isDarkOfficeTheme } from '../../../src/surfaces/taskpane/theme';
import { readOfficeTheme, watchOfficeTheme } from '../../../src/gateways/office/office-theme';

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

describe('following Office’s theme while the pane is open', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('calls back once per change of background, within its interval, and not after it stops', () => {
    let colour = '#FFFFFF';
    const seen: (string | undefined)[] = [];
    const stop = watchOfficeTheme((t) => seen.push(t?.bodyBackgroundColor), {
      read: () => ({ bodyBackgroundColor: colour }),
      intervalMs: 500,
    });
    jest.advanceTimersByTime(1000);
    expect(seen).toEqual([]); // the same theme is no change
    colour = '#1F1F1F'; // the officer picks Black in File > Account > Office Theme
    jest.advanceTimersByTime(500);
    expect(seen).toEqual(['#1F1F1F']);
    jest.advanceTimersByTime(2000);
    expect(seen).toEqual(['#1F1F1F']);
    stop();
    colour = '#FFFFFF';
    jest.advanceTimersByTime(2000);
    expect(seen).toEqual(['#1F1F1F']);
  });

  it('reads no theme outside Office', () => {
    expect(readOfficeTheme()).toBeUndefined();
  });
});
