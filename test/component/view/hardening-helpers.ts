// Shared by the hardening-*.test.tsx files: a console guard, readers for what the view shows, and a
// walker over every URL-bearing attribute in the rendered DOM.
import { vi, type MockInstance } from 'vitest';

export interface ConsoleGuard {
  /** Every console.error / console.warn call so far, as text. */
  messages(): string[];
  reset(): void;
  restore(): void;
}

/** Spies on console.error and console.warn (silencing them) and records what they were called with. */
export function guardConsole(): ConsoleGuard {
  const error: MockInstance = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warn: MockInstance = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const text = (calls: unknown[][], kind: string) =>
    calls.map((args) =>
      `${kind}: ${args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ')}`.slice(0, 600),
    );
  return {
    messages: () => [...text(error.mock.calls, 'console.error'), ...text(warn.mock.calls, 'console.warn')],
    reset() {
      error.mockClear();
      warn.mockClear();
    },
    restore() {
      error.mockRestore();
      warn.mockRestore();
    },
  };
}

/** The number of data rows the list says it has (aria-rowcount minus the header, 0 for the empty state). */
export function shownRowCount(root: ParentNode = document): number | undefined {
  const grid = root.querySelector('[role="grid"]');
  // No activity at all: the empty state stands in the list's place, with no grid.
  if (!grid) return root.querySelector('.ab-view-empty .ab-empty-state') ? 0 : undefined;
  if (grid.getAttribute('data-state') === 'empty') return 0;
  return Number(grid.getAttribute('aria-rowcount')) - 1;
}

/** The count shown beside a tab ("Personal" / "All"), as a number (grouping removed). */
export function tabCount(name: 'Personal' | 'All', root: ParentNode = document): number | undefined {
  const tab = Array.from(root.querySelectorAll('[role="tab"]')).find(
    (t) => t.querySelector('.ab-tab-label')?.textContent === name,
  );
  const text = tab?.querySelector('.ab-tab-count')?.textContent;
  if (text === undefined || text === null) return undefined;
  // Locales such as ar-EG write Arabic-Indic digits; read them as numbers too.
  const ascii = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
  return Number(ascii.replace(/[^0-9]/g, ''));
}

const URL_ATTRS = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcset',
  'poster',
  'data',
  'background',
  'ping',
];

export interface UrlAttribute {
  tag: string;
  attr: string;
  value: string;
}

/** Every URL-bearing attribute in the subtree (and in portals under document.body). */
export function urlAttributes(root: ParentNode = document.body): UrlAttribute[] {
  const out: UrlAttribute[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (URL_ATTRS.includes(attr.name.toLowerCase()) || attr.name.toLowerCase().endsWith(':href')) {
        out.push({ tag: el.tagName.toLowerCase(), attr: attr.name, value: attr.value });
      }
    }
  }
  return out;
}

/**
 * True when a browser would resolve `value` (on an https page) to an http(s) URL: what the view
 * promises for every href and src. Checked by the URL parser itself, which strips tabs/newlines and
 * leading C0 controls exactly as browsers do, so obfuscated schemes show their real face here.
 */
export function resolvesToHttp(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, 'https://host.example/app/page');
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // Belt and braces: nothing that still spells a dangerous scheme once decoded.
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    /* keep */
  }
  // And nothing that spells one once HTML character references are read (a host that ever copies the
  // value into markup, or a template that decodes entities, would run it).
  decoded = decodeCharacterReferences(decoded);
  const squashed = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u200b\ufeff]/g, '').toLowerCase();
  return !/^(?:javascript|vbscript|data|file|blob):/.test(squashed);
}

const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
  amp: '&',
};
function decodeCharacterReferences(s: string): string {
  let out = s;
  for (let round = 0; round < 3; round++) {
    const next = out
      .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => safeCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);?/g, (_, d: string) => safeCodePoint(parseInt(d, 10)))
      .replace(/&([a-z]+);/gi, (m, n: string) => NAMED[n.toLowerCase()] ?? m)
      .replace(/&(colon|tab|newline)(?![a-z;])/gi, (_, n: string) => NAMED[n.toLowerCase()]!);
    if (next === out) break;
    out = next;
  }
  return out;
}
function safeCodePoint(n: number): string {
  return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
