// Injection: text from hosts (titles from Slack messages, names, blocked reasons, errors, raw statuses,
// sources, facet values) renders as text, never as markup.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseAgentItems } from '../../../src/core';
import { AgentManagementView } from '../../../src/index';
import { NOW, VIEWER, openFilterMenu, setUpInjectionTests } from './injection-helpers';

const HTML_PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe srcdoc='<script>alert(1)</script>'>",
  '<a href="javascript:alert(1)">click</a>',
  '<style>*{display:none}</style>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt;entity&lt;/b&gt; &#60;i&#62;',
];

const guard = setUpInjectionTests();

/** Elements created from data would show up as one of these. */
function markupFromData(): string[] {
  const found: string[] = [];
  for (const sel of ['script', 'iframe', 'style', 'img', 'svg[onload]', 'a[href^="javascript" i]', '[srcdoc]']) {
    for (const el of Array.from(document.body.querySelectorAll(sel)))
      found.push(`${sel}: ${el.outerHTML.slice(0, 80)}`);
  }
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
  }
  return found;
}

describe('text from data renders as text', () => {
  it('titles, creator names, blocked reasons, errors, raw statuses, sources and facet values', async () => {
    // Through the parser, as hosts do: raw statuses and sources stay as sent.
    const input = HTML_PAYLOADS.flatMap((p, k) => [
      {
        id: `t${k}`,
        kind: 'ambient',
        title: p,
        source: 'slack',
        status: 'done',
        createdAt: NOW - 60_000 * k,
        creator: { id: `u_${k}`, name: p },
        meta: { env: p },
      },
      {
        id: `b${k}`,
        kind: 'interactive',
        title: `blocked ${k}`,
        source: 'interactive',
        status: 'blocked',
        statusDetail: p,
        createdAt: NOW - 60_000 * k,
        creator: { id: VIEWER, name: 'Alex' },
      },
      {
        id: `f${k}`,
        kind: 'ambient',
        title: `failed ${k}`,
        source: p,
        status: p,
        statusDetail: `Error: ${p}`,
        createdAt: NOW - 60_000 * k,
        creator: { id: VIEWER, name: 'Alex' },
      },
    ]);
    const { items, issues } = parseAgentItems(input);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(items).toHaveLength(input.length);
    // Render in small groups so every row is on screen (the list is virtualised).
    for (let k = 0; k < HTML_PAYLOADS.length; k++) {
      const p = HTML_PAYLOADS[k]!;
      const group = items.filter((i) => i.id.endsWith(String(k)) && i.id.length === 2);
      const view = render(
        <AgentManagementView
          items={group}
          viewerId={VIEWER}
          now={NOW}
          timeZone="UTC"
          defaultTab="all"
          facetDefinitions={[{ key: 'env', label: 'Environment' }]}
        />,
      );
      const rows = () => Array.from(view.container.querySelectorAll('[role="row"]'));
      const titleCell = rows().find((r) => r.querySelector('.ab-title')?.textContent === p);
      expect(titleCell, `title ${p}`).toBeTruthy();
      expect(
        rows().some((r) => r.querySelector('.ab-creator-name')?.textContent === p),
        `creator ${p}`,
      ).toBe(true);
      expect(
        rows().some((r) => r.querySelector('.ab-title-detail')?.textContent === `Error: ${p}`),
        `error ${p}`,
      ).toBe(true);
      // The raw status is in the failed badge's description; the unknown source in its badge.
      expect(view.container.textContent).toContain(`(${p})`);
      // Blocked reasons: in the row on All; pinned "Needs you" shows them on Personal (checked below).
      expect(
        rows().some((r) => r.querySelector('.ab-title-detail')?.textContent === p),
        `blocked reason ${p}`,
      ).toBe(true);
      await openFilterMenu();
      const dialog = screen.getByRole('dialog', { name: 'Filters' });
      expect(dialog.textContent, 'creator option').toContain(p);
      expect(dialog.textContent, 'facet option').toContain(p);
      expect(markupFromData(), p).toEqual([]);
      view.unmount();
      // Personal: the pinned "Needs you" entry carries the blocked reason.
      const personal = render(<AgentManagementView items={group} viewerId={VIEWER} now={NOW} timeZone="UTC" />);
      expect(personal.container.querySelector('.ab-pinned')?.textContent).toContain(p);
      expect(markupFromData(), p).toEqual([]);
      personal.unmount();
    }
    expect(guard.messages()).toEqual([]);
  }, 60_000);

  it('the error state shows a hostile error message as text', () => {
    for (const p of HTML_PAYLOADS) {
      const view = render(
        <AgentManagementView
          items={[]}
          viewerId={VIEWER}
          now={NOW}
          timeZone="UTC"
          error={new Error(p)}
          onRetry={() => {}}
        />,
      );
      expect(view.container.textContent).toContain(p);
      expect(markupFromData()).toEqual([]);
      view.unmount();
    }
    expect(guard.messages()).toEqual([]);
  });
});
