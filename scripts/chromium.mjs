// Where Debian's Chromium is and how to start it here: one place for the test runner, the e2e test,
// the UI benchmark and the screenshot script. Never downloads a browser.
import { execSync } from 'node:child_process';

/** The flags from TOOLCHAIN.md: without the background-networking ones Chromium floods the closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH` when set, else `chromium` on the PATH; undefined when neither exists. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Launch options for playwright-core's `chromium.launch()`. Throws a clear message without a browser. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return { executablePath, args: CHROMIUM_ARGS, headless: true };
}
