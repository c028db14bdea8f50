import { describe, expect, test } from 'vitest';
import { creditChars, creditDigits, formatCreditsAt } from '../../../src/react/list/credits';

describe('one credits precision per view', () => {
  test('the most digits any value needs, up to two, counted over every item', () => {
    expect(creditDigits([{ credits: 1 }, { credits: 252 }])).toBe(0);
    expect(creditDigits([{ credits: 1 }, { credits: 19.4 }])).toBe(1);
    expect(creditDigits([{ credits: 1 }, { credits: 19.4 }, { credits: 0.35 }])).toBe(2);
    // 0.1 + 0.2 is 0.30000000000000004: one digit at the core's precision, not seventeen.
    expect(creditDigits([{ credits: 0.1 + 0.2 }])).toBe(1);
    expect(creditDigits([{ credits: undefined }, { credits: Number.NaN }, { credits: -3.14 }])).toBe(0);
  });

  test('every value shows that many digits; missing and tiny values read as the core has them', () => {
    expect(formatCreditsAt(1, 2, 'en-US')).toBe('1.00');
    expect(formatCreditsAt(19.4, 2, 'en-US')).toBe('19.40');
    expect(formatCreditsAt(1234.5, 1, 'de-DE')).toBe('1.234,5');
    expect(formatCreditsAt(undefined, 2, 'en-US')).toBe('—');
    expect(formatCreditsAt(0.004, 2, 'en-US')).toBe('<0.01');
  });
});

describe('the Credits column is as wide as the widest value', () => {
  test('it counts the characters of the largest value at the view precision', () => {
    expect(creditChars([{ credits: 0.35 }, { credits: 98.35 }], 2, 'en-US')).toBe('98.35'.length);
    expect(creditChars([{ credits: 1234.5 }, { credits: 3 }], 2, 'en-US')).toBe('1,234.50'.length);
  });

  test('a view with no credits needs one character ("—" or "0")', () => {
    expect(creditChars([], 0, 'en-US')).toBe(1);
    expect(creditChars([{ credits: undefined }], 0, 'en-US')).toBe(1);
  });

  test('past twelve characters the column stops growing (the value ends in an ellipsis)', () => {
    expect(creditChars([{ credits: 7_444_442.56 }], 2, 'en-US')).toBe(12);
    expect(creditChars([{ credits: 98_765_432_109.87 }], 2, 'en-US')).toBe(12);
  });
});
