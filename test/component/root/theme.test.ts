import { describe, expect, test } from 'vitest';
import { themeToStyle, themeTokenVar } from '../../../src/react/root/theme';

describe('theme tokens as CSS variables', () => {
  test('each token sets its --ab-* variable; numbers are pixels only for sizes', () => {
    expect(themeTokenVar('accent')).toBe('--ab-accent');
    expect(themeTokenVar('fontFamily')).toBe('--ab-font');
    expect(themeToStyle({ accent: '#7c3aed', radius: 10, rowHeight: 36, fontFamily: 'Inter' })).toEqual({
      '--ab-accent': '#7c3aed',
      '--ab-radius': '10px',
      '--ab-row-height': '36px',
      '--ab-font': 'Inter',
    });
  });

  test("the host's style wins; empty and unknown tokens are skipped; no theme keeps the style as is", () => {
    const style = { color: 'red', '--ab-accent': 'blue' };
    expect(themeToStyle({ accent: '#000', fg: '' }, style)).toEqual({ '--ab-accent': 'blue', color: 'red' });
    expect(themeToStyle({ nope: 'x' } as never)).toEqual({});
    expect(themeToStyle(undefined, style)).toBe(style);
  });
});
