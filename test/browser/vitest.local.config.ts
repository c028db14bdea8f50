// Local stand-in for the root config's `browser` project, used only while the root config passes
// `--user-data-dir` to Chromium: Playwright's `launch()` refuses that argument ("Pass userDataDir
// parameter to launchPersistentContext") and already gives every launch a fresh temporary profile.
// Run: npx vitest run --config test/browser/vitest.local.config.ts
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  cacheDir: process.env.AB_VITE_CACHE_DIR,
  plugins: [react()],
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    // Keep failure artefacts in the git-ignored folder, not in the repo root or beside the tests.
    attachmentsDir: 'test-results/vitest-attachments',
    browser: {
      screenshotDirectory: 'test-results/browser-failures',
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1280, height: 800 },
    },
  },
});
