import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHttpUrl, sanitizeUrl } from '../../../src/core';

describe('sanitizeUrl', () => {
  it('keeps http(s), protocol-relative and relative URLs unchanged', () => {
    for (const url of [
      'https://example.com/runs/1?x=1#y',
      'HTTP://EXAMPLE.COM',
      '//cdn.example.com/a.png',
      '/x',
      './x',
      '../x',
      '?q=a:b',
      '#h',
      'path/to:thing',
      'runs/1',
    ]) {
      expect(sanitizeUrl(url)).toBe(url);
    }
  });

  it('rejects every other scheme in any case', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'ftp://x',
      'blob:https://x/1',
      'http:evil.com',
      'https:/evil.com',
    ]) {
      expect(sanitizeUrl(url), url).toBeUndefined();
    }
  });

  it('rejects obfuscations browsers would still read as a scheme', () => {
    for (const url of [
      '\tjavascript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'java\rscript:alert(1)',
      'java%73cript:alert(1)',
      'java%0ascript:alert(1)',
      '%6Aavascript:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      'java&Tab;script:alert(1)',
      '%256Aavascript%253Aalert(1)',
      ' https://example.com',
    ]) {
      expect(sanitizeUrl(url), JSON.stringify(url)).toBeUndefined();
    }
  });

  it('rejects non-strings and empty strings', () => {
    for (const v of [undefined, null, 42, {}, [], '']) expect(sanitizeUrl(v)).toBeUndefined();
  });

  it('only ever returns its input, never something starting with a dangerous scheme', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:', 'data:', '//x', '/a'))
          .chain((s) => fc.tuple(fc.constant(s), fc.string({ maxLength: 12 })).map(([a, b]) => a + b)),
        (url) => {
          const out = sanitizeUrl(url);
          if (out === undefined) return;
          expect(out).toBe(url);
          let decoded = url;
          try {
            decoded = decodeURIComponent(url);
          } catch {
            /* keep */
          }
          for (const s of [url, decoded]) {
            const squashed = s.replace(/[\u0000-\u0020]/g, '').toLowerCase();
            expect(squashed).not.toMatch(/^(javascript|data|vbscript|file):/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('sanitizeHttpUrl', () => {
  it('only accepts absolute http(s) URLs', () => {
    expect(sanitizeHttpUrl('https://agents.example.com/s/1')).toBe('https://agents.example.com/s/1');
    expect(sanitizeHttpUrl('/s/1')).toBeUndefined();
    expect(sanitizeHttpUrl('//x.com/s')).toBeUndefined();
    expect(sanitizeHttpUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('sanitizeUrl: obfuscations found by the hardening tests', () => {
  it('rejects a scheme spelled with any numeric character reference, and what no URL parser accepts', () => {
    expect(sanitizeUrl('&#x6A;avascript:alert(1)')).toBeUndefined();
    expect(sanitizeUrl('&#106;avascript:alert(1)')).toBeUndefined();
    expect(sanitizeUrl('&amp;#x64;ata:text/html,x')).toBeUndefined();
    expect(sanitizeUrl('\\\\javascript:alert(1)')).toBeUndefined();
    // Ordinary relative URLs with entities or escapes still pass.
    expect(sanitizeUrl('/runs?a=1&#38;b=2')).toBe('/runs?a=1&#38;b=2');
    expect(sanitizeUrl('runs/1#log')).toBe('runs/1#log');
  });
});
