// Copy link: the Clipboard API first; only when it is missing or refuses, a hidden textarea and
// execCommand('copy'), leaving no textarea behind and focus where it was. Resolves to whether it
// worked (the view says "Link copied" or "Could not copy").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/react/actions/copy-text';

type ExecCommand = (command: string) => boolean;

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText === undefined ? undefined : { writeText },
  });
}

/** jsdom has no execCommand of its own: the fallback's copy, recording what was selected then. */
function stubExecCommand(answer: ExecCommand) {
  const seen: { command: string; selected: string; readOnly: boolean; inDocument: boolean }[] = [];
  const exec = vi.fn((command: string) => {
    const area = document.querySelector('textarea')!;
    // A browser's select() focuses the textarea; jsdom's does not, so move focus here as it would.
    area.focus();
    seen.push({
      command,
      selected: area.value.slice(area.selectionStart, area.selectionEnd),
      readOnly: area.hasAttribute('readonly'),
      inDocument: document.body.contains(area),
    });
    return answer(command);
  });
  Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
  return { exec, seen };
}

let button: HTMLButtonElement;
beforeEach(() => {
  button = document.createElement('button');
  document.body.appendChild(button);
  button.focus();
});
afterEach(() => {
  button.remove();
  delete (navigator as { clipboard?: unknown }).clipboard;
  delete (document as { execCommand?: unknown }).execCommand;
});

describe('copyText', () => {
  it('uses the Clipboard API when there is one, and nothing else', async () => {
    const writeText = vi.fn(async () => {});
    stubClipboard(writeText);
    const { exec } = stubExecCommand(() => true);
    await expect(copyText('https://runs.example.com/r1')).resolves.toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://runs.example.com/r1');
    expect(exec).not.toHaveBeenCalled();
  });

  it('falls back to a selected, read-only textarea when the Clipboard API refuses', async () => {
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const { seen } = stubExecCommand(() => true);
    await expect(copyText('https://runs.example.com/r1')).resolves.toBe(true);
    expect(seen).toEqual([
      { command: 'copy', selected: 'https://runs.example.com/r1', readOnly: true, inDocument: true },
    ]);
  });

  it('falls back when there is no Clipboard API (an insecure page)', async () => {
    stubClipboard(undefined);
    const { exec } = stubExecCommand(() => true);
    await expect(copyText('x')).resolves.toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
  });

  it('resolves false when the fallback copies nothing or throws', async () => {
    stubClipboard(undefined);
    stubExecCommand(() => false);
    await expect(copyText('x')).resolves.toBe(false);
    stubExecCommand(() => {
      throw new Error('not supported');
    });
    await expect(copyText('x')).resolves.toBe(false);
  });

  it('leaves no textarea behind and gives focus back to where it was', async () => {
    stubClipboard(undefined);
    for (const answer of [() => true, () => false]) {
      stubExecCommand(answer);
      await copyText('x');
      expect(document.querySelectorAll('textarea')).toHaveLength(0);
      expect(document.activeElement).toBe(button);
    }
  });
});
