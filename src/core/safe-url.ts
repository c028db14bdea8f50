// Any C0 control character, DEL, or a whitespace character at the start: browsers strip or ignore
// them while parsing a URL, which is how `\tjavascript:` and `java\nscript:` slip past naive checks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LEADING_SPACE = /^[\s\u00a0\u200b\ufeff]/;
const HTTP_ABSOLUTE = /^https?:\/\/[^/?#\s]/i;
const ENTITY = /&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*);?/i;

function schemeOf(url: string): string | undefined {
  // A scheme is whatever precedes the first ':' that comes before any '/', '?' or '#'.
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 58 /* : */) return url.slice(0, i);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */ || c === 92 /* \ */) return undefined;
  }
  return undefined;
}

function percentDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    // Malformed escapes: decode the valid ones one by one.
    return url.replace(/%[0-9a-f]{2}/gi, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
  }
}

function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd';
}

/**
 * Returns `url` unchanged when it is safe to put in an `href` or `src`: an absolute `http:`/`https:`
 * URL, a protocol-relative one (`//cdn.example.com/a.png`, which inherits the page's http(s) scheme), or
 * a relative one (`/x`, `./x`, `../x`, `?q`, `#h`, `path`). Anything else is `undefined`: other schemes
 * in any case (`javascript:`, `data:`, `vbscript:`, `file:`…), control characters or leading whitespace
 * anywhere browsers would strip them (`\tjavascript:`, `java\nscript:`), and percent-encoded or
 * HTML-entity obfuscations of a scheme (`java%73cript:`, `javascript&colon;`).
 *
 * @example
 * sanitizeUrl('https://example.com/run/1') // 'https://example.com/run/1'
 * sanitizeUrl('/runs/1') // '/runs/1'
 * sanitizeUrl('JavaScript:alert(1)') // undefined
 */
export function sanitizeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url.length === 0) return undefined;
  if (CONTROL.test(url) || LEADING_SPACE.test(url)) return undefined;
  const scheme = schemeOf(url);
  if (scheme !== undefined) {
    return HTTP_ABSOLUTE.test(url) ? url : undefined;
  }
  // No scheme as written. Reject it if a decoded reading of it would have one.
  let decoded = url;
  for (let round = 0; round < 3; round++) {
    let next = decoded.includes('%') ? percentDecode(decoded) : decoded;
    if (ENTITY.test(next)) {
      // Every numeric character reference, not only those of ':' — `&#x6A;avascript:` spells a
      // scheme too once a host copies the value into markup. Tabs and newlines, which browsers strip
      // from URLs, are dropped as they would be.
      next = next
        .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
        .replace(/&#(\d+);?/g, (_, dec: string) => codePoint(parseInt(dec, 10)))
        .replace(/&colon;?/gi, ':')
        .replace(/&amp;/gi, '&')
        .replace(/&(?:tab|newline);?/gi, '')
        .replace(/[\t\n\r]/g, '');
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (decoded !== url) {
    if (CONTROL.test(decoded) || LEADING_SPACE.test(decoded)) return undefined;
    const hidden = schemeOf(decoded.replace(/\s+/g, ''));
    if (hidden !== undefined) return undefined;
  }
  // What a browser would make of it: `\\javascript:x` reads as `//javascript:x`, a host with a
  // bad port, which no URL parser accepts. Keep only what resolves (always to http(s) here).
  const Url = (globalThis as { URL?: new (url: string, base: string) => { protocol: string } }).URL;
  if (Url !== undefined) {
    try {
      const resolved = new Url(url, 'https://base.invalid/');
      if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') return undefined;
    } catch {
      return undefined;
    }
  }
  return url;
}

/**
 * Returns `url` unchanged only when it is an absolute `http:` or `https:` URL (what a shared session
 * link must be); otherwise `undefined`.
 *
 * @example
 * sanitizeHttpUrl('https://agents.example.com/s/1') // 'https://agents.example.com/s/1'
 * sanitizeHttpUrl('/s/1') // undefined
 */
export function sanitizeHttpUrl(url: unknown): string | undefined {
  const safe = sanitizeUrl(url);
  return safe !== undefined && HTTP_ABSOLUTE.test(safe) ? safe : undefined;
}
