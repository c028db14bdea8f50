import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

test('mounts a React tree in real Chromium and drives it with real input', async () => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  let clicks = 0;
  flushSync(() => root.render(<button onClick={() => (clicks += 1)}>Press me</button>));
  cleanup = () => {
    root.unmount();
    container.remove();
  };
  await userEvent.click(page.getByRole('button', { name: 'Press me' }));
  expect(clicks).toBe(1);
  // Real layout: a real browser gives the button a size (jsdom would say 0).
  expect(container.querySelector('button')!.getBoundingClientRect().height).toBeGreaterThan(0);
});
