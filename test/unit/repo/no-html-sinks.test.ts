// A static guard: nothing under src/ may turn data into markup or code. React escapes text children
// and attribute values; these APIs are the ways around that, so none of them may appear at all.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const SINKS: Array<[string, RegExp]> = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /createContextualFragment/],
  ['srcdoc', /\bsrcDoc\b|\bsrcdoc\b/],
];

describe('no HTML or code sinks in src/', () => {
  const files = walk(SRC).filter((f) => /\.(?:[cm]?[jt]sx?)$/.test(f));

  it('finds the source files (the guard is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.some((f) => f.endsWith('AgentManagementView.tsx'))).toBe(true);
  });

  for (const [name, re] of SINKS) {
    it(`no file under src/ uses ${name}`, () => {
      const hits: string[] = [];
      for (const file of files) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, n) => {
            if (re.test(line)) hits.push(`${relative(ROOT, file)}:${n + 1}: ${line.trim()}`);
          });
      }
      expect(hits).toEqual([]);
    });
  }

  it('the patterns do catch what they are meant to', () => {
    const probe = [
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'el.innerHTML = x',
      'el.outerHTML = x',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'eval(x)',
      'new Function("return 1")',
      'setTimeout("alert(1)", 1)',
      'range.createContextualFragment(x)',
      '<iframe srcDoc={x} />',
    ];
    SINKS.forEach(([, re], k) => expect(re.test(probe[k]!), probe[k]).toBe(true));
    expect(/(?<![\w$.])eval\s*\(/.test('retrieval(x)')).toBe(false);
  });
});
