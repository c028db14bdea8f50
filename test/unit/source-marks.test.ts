import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as simpleIcons from 'simple-icons';
import { describe, expect, it } from 'vitest';
import { SOURCE_ICONS } from '../../src/react/badges/icons';
import * as marks from '../../src/react/badges/marks';

// Which simple-icons mark each copied path is (the marks the view's default source icons draw).
const MARK_SOURCES: Record<keyof typeof marks, keyof typeof simpleIcons> = {
  LINEAR_MARK: 'siLinear',
};

const pathOf = (icon: keyof typeof simpleIcons): string => (simpleIcons[icon] as { path: string }).path;
const markup = (source: string): string => renderToStaticMarkup(createElement(SOURCE_ICONS[source]!));

describe('the default source icons’ platform marks', () => {
  it('copies every mark exactly from the installed simple-icons', () => {
    expect(Object.keys(marks).sort()).toEqual(Object.keys(MARK_SOURCES).sort());
    for (const [name, icon] of Object.entries(MARK_SOURCES)) {
      expect(marks[name as keyof typeof marks], name).toBe(pathOf(icon));
    }
  });

  it('draws the default Linear icon with exactly simple-icons’ path: filled, monochrome, decorative', () => {
    const html = markup('linear');
    expect([...html.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1])).toEqual([pathOf('siLinear')]);
    const svg = /^<svg [^>]*>/.exec(html)![0];
    expect(svg).toContain('width="16" height="16"');
    expect(svg).toContain('fill="currentColor"');
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('focusable="false"');
    expect(svg).toContain('class="ab-icon"');
    expect(svg).not.toContain('stroke');
  });

  it('has no Slack mark to copy (simple-icons removed it at Slack’s request): Slack keeps a stroked glyph', () => {
    expect(Object.keys(simpleIcons).filter((name) => name.toLowerCase() === 'sislack')).toEqual([]);
    expect(markup('slack')).toMatch(/^<svg [^>]*viewBox="0 0 16 16"[^>]*stroke="currentColor"/);
  });
});
