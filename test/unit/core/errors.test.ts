import { describe, expect, test } from 'vitest';
import { describeAgentError, normalizeErrorCode } from '../../../src/core';
import { item } from './fixtures';

const MESSAGES = { insufficient_credits: 'Out of credits: the team has no add-on credits left' };

describe('describeAgentError', () => {
  test('a known code reads as its sentence, whatever its spelling, and keeps the code', () => {
    for (const code of ['insufficient_credits', 'INSUFFICIENT_CREDITS', 'Insufficient-Credits']) {
      expect(
        describeAgentError(item({ id: 'a', status: 'failed', errorCode: code, statusDetail: 'x' }), MESSAGES),
      ).toEqual({
        text: MESSAGES.insufficient_credits,
        code,
        known: true,
      });
    }
  });

  test('an unknown code shows the host detail, then the code; nothing without either', () => {
    expect(
      describeAgentError(item({ id: 'a', status: 'failed', errorCode: 'E42', statusDetail: 'Disk full' }), MESSAGES),
    ).toEqual({
      text: 'Disk full',
      code: 'E42',
      known: false,
    });
    expect(describeAgentError(item({ id: 'a', status: 'failed', errorCode: 'E42' }), MESSAGES)).toEqual({
      text: 'E42',
      code: 'E42',
      known: false,
    });
    expect(describeAgentError(item({ id: 'a', status: 'failed', statusDetail: 'Timed out' }), MESSAGES)).toEqual({
      text: 'Timed out',
      known: false,
    });
    expect(describeAgentError(item({ id: 'a', status: 'failed' }), MESSAGES)).toBeUndefined();
  });

  test('a blocked item’s detail is what it waits on, never an error; inherited keys are not codes', () => {
    expect(describeAgentError(item({ id: 'a', status: 'blocked', statusDetail: 'Approve' }), MESSAGES)).toBeUndefined();
    expect(describeAgentError(item({ id: 'a', status: 'failed', errorCode: 'constructor' }), MESSAGES)?.text).toBe(
      'constructor',
    );
  });

  test('normalizeErrorCode folds case and separators', () => {
    expect(normalizeErrorCode(' Resource.Unavailable ')).toBe('resource_unavailable');
  });
});
