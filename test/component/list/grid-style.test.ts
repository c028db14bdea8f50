import { describe, expect, test } from 'vitest';
import { durationChars } from '../../../src/react/list/column-chars';
import { listGridStyle, type GridStyleInput } from '../../../src/react/list/grid-style';

const base: GridStyleInput = {
  headHeight: 34,
  creditChars: 5,
  statusChars: 9,
  locale: 'en-US',
  spacing: { letterSpacing: 0, wordSpacing: 0 },
  height: undefined,
  style: undefined,
};
const prop = (style: object, name: string): unknown => (style as Record<string, unknown>)[name];

describe('listGridStyle: the custom properties the stylesheet lays the grid out with', () => {
  test("the header height in px, column widths in characters, Duration from the locale; the row height is the theme's", () => {
    const style = listGridStyle({ ...base, locale: 'de' });
    // Rows take their height from the stylesheet (the theme's --ab-row-height as a minimum): the list sets none.
    expect(prop(style, '--ab-row-height')).toBeUndefined();
    expect(prop(style, '--_ab-list-head-height')).toBe('34px');
    expect(prop(style, '--_ab-credit-chars')).toBe(5);
    expect(prop(style, '--_ab-status-chars')).toBe(9);
    expect(prop(style, '--_ab-duration-chars')).toBe(durationChars('de'));
  });

  test("a reader's text spacing widens the fixed columns; none adds nothing", () => {
    expect(Object.keys(listGridStyle(base)).some((key) => key === '--_ab-ls' || key === '--_ab-ws')).toBe(false);
    const spaced = listGridStyle({ ...base, spacing: { letterSpacing: 1.56, wordSpacing: 2.08 } });
    expect(prop(spaced, '--_ab-ls')).toBe('1.56px');
    expect(prop(spaced, '--_ab-ws')).toBe('2.08px');
  });

  test("the host's height stops the grid growing; the host's style comes last and wins", () => {
    expect(listGridStyle({ ...base, height: 480 })).toMatchObject({ height: 480, maxHeight: 'none' });
    expect(listGridStyle(base)).not.toHaveProperty('height');
    const hosted = listGridStyle({ ...base, height: '50vh', style: { maxHeight: '30rem', color: 'red' } });
    expect(hosted).toMatchObject({ height: '50vh', maxHeight: '30rem', color: 'red' });
  });
});
