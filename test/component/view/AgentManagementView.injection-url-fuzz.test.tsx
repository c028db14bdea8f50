// Injection, with random URLs: no obfuscation of a dangerous scheme, from the host's getItemHref or a
// hand-built avatarUrl, reaches an href or src (the listed cases are in the injection-urls tests).
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { resolvesToHttp, urlAttributes } from './hardening-helpers';
import { NOW, base, setUpInjectionTests } from './injection-helpers';

const guard = setUpInjectionTests();

describe('no dangerous URL reaches an href or src', () => {
  it('random obfuscations of dangerous schemes never reach the DOM (getItemHref and hand-built avatarUrl)', async () => {
    const scheme = fc
      .tuple(
        fc.constantFrom('javascript', 'vbscript', 'data'),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      )
      .map(([s, upper]) => [...s].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));
    const junk = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0008',
      '\u001f',
      '\u007f',
      '\u200b',
      '\u00a0',
      '\ufeff',
      '%09',
      '%0a',
      '&#9;',
      '&Tab;',
    );
    const colon = fc.constantFrom(':', '%3a', '%3A', '&#58;', '&#x3a;', '&colon;', '%253a');
    const urlArb = fc
      .tuple(
        junk,
        scheme,
        fc.nat(),
        junk,
        colon,
        fc.constantFrom('alert(1)', '//%0aalert(1)', 'text/html,<script>alert(1)</script>'),
      )
      .map(([pre, s, at, mid, c, rest]) => {
        const i = at % (s.length + 1);
        return `${pre}${s.slice(0, i)}${mid}${s.slice(i)}${c}${rest}`;
      });
    await fc.assert(
      fc.asyncProperty(fc.array(urlArb, { minLength: 1, maxLength: 6 }), async (urls) => {
        const items = urls.map((u, k) =>
          base({
            id: `r${k}`,
            status: k % 2 ? 'blocked' : 'failed',
            creator: { id: `u_${k}`, name: `N${k}`, avatarUrl: u },
          }),
        );
        const view = render(
          <AgentManagementView
            items={items}
            viewerId="u_0"
            now={NOW}
            timeZone="UTC"
            defaultTab="all"
            getItemHref={(item) => urls[Number(item.id.slice(1))]}
          />,
        );
        for (const a of urlAttributes(document.body))
          expect(resolvesToHttp(a.value), `${a.tag}[${a.attr}]=${JSON.stringify(a.value)}`).toBe(true);
        view.unmount();
      }),
      { numRuns: 60 },
    );
    expect(guard.messages()).toEqual([]);
  });
});
