import { describe, expect, test } from 'vitest';
import { errorMessage } from '../../../src/react/states/error-message';

describe('errorMessage (what the error state says)', () => {
  test('reads an Error, a string or an object with a string message', () => {
    expect(errorMessage(new Error('Network down'))).toBe('Network down');
    expect(errorMessage('Quota exceeded')).toBe('Quota exceeded');
    expect(errorMessage({ message: 'Bad gateway', status: 502 })).toBe('Bad gateway');
  });

  test('gives nothing for empty messages and for values without one', () => {
    for (const value of [new Error(''), '', { message: '' }, { message: 42 }, null, undefined, 0, true, {}])
      expect(errorMessage(value)).toBeUndefined();
  });
});
