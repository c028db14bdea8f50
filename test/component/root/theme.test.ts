import { readFileSync } from 'node:fs';
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

  test('the border tokens set variables the stylesheet declares and uses (control edges keep 3:1 with a custom background)', () => {
    const css = (name: string) => readFileSync(`src/styles/${name}`, 'utf8');
    for (const token of ['border', 'borderStrong', 'controlBorder'] as const) {
      const name = themeTokenVar(token);
      expect(css('tokens.css')).toContain(`${name}:`);
    }
    expect(themeToStyle({ controlBorder: '#111' })).toEqual({ '--ab-control-border': '#111' });
    expect(css('filter-options.css')).toContain('var(--ab-control-border)');
    expect(css('base.css')).toContain('var(--ab-control-border)');
  });
});
