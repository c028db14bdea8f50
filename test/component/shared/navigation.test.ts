import { describe, expect, test, vi } from 'vitest';
import { isPlainClick, openerFor, safeItemHref } from '../../../src/react/shared/navigation';
import { item } from '../../unit/core/fixtures';

const PLAIN = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

describe('navigation rules every part shares', () => {
  test('an ambient run opens its run, anything else its conversation', () => {
    const nav = { onOpenRun: vi.fn(), onOpenConversation: vi.fn() };
    expect(openerFor(item({ id: 'a', kind: 'ambient' }), nav)).toBe(nav.onOpenRun);
    expect(openerFor(item({ id: 'i', kind: 'interactive' }), nav)).toBe(nav.onOpenConversation);
    expect(openerFor(item({ id: 'a', kind: 'ambient' }), {})).toBeUndefined();
  });

  test("the host's href is kept only when http(s) or relative, and a throwing callback gives none", () => {
    const run = item({ id: 'r1' });
    expect(safeItemHref(run, undefined)).toBeUndefined();
    expect(safeItemHref(run, (i) => `https://runs.example.com/${i.id}`)).toBe('https://runs.example.com/r1');
    expect(safeItemHref(run, (i) => `/runs/${i.id}`)).toBe('/runs/r1');
    expect(safeItemHref(run, () => 'javascript:alert(1)')).toBeUndefined();
    expect(
      safeItemHref(run, () => {
        throw new Error('host bug');
      }),
    ).toBeUndefined();
  });

  test('only a plain primary click is the host’s; a modified or other-button click is the browser’s', () => {
    expect(isPlainClick(PLAIN)).toBe(true);
    for (const change of [{ button: 1 }, { metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }])
      expect(isPlainClick({ ...PLAIN, ...change })).toBe(false);
  });
});
