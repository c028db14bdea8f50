import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// Chromium flags live in scripts/chromium.mjs; Playwright gives every launch a fresh temporary profile.

export default defineConfig({
  plugins: [react()],
  test: {
    // A ceiling for a hung test, not a speed check (speed is measured by `npm run bench`): property
    // tests and user-event sessions take several seconds when the machine is shared.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // The server kit against real databases: SQLite files and one throwaway PostgreSQL cluster
        // for the whole project, started and stopped by the global setup.
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          globalSetup: ['test/server/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.{ts,tsx}'],
          setupFiles: ['test/component/setup.ts'],
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovering these mid-run makes Vite reload a test (and load React twice).
        optimizeDeps: {
          include: [
            'react',
            'react/jsx-runtime',
            'react/jsx-dev-runtime',
            'react-dom',
            'react-dom/client',
            '@radix-ui/react-tabs',
            '@radix-ui/react-popover',
            '@radix-ui/react-dropdown-menu',
            '@radix-ui/react-context-menu',
            '@radix-ui/react-alert-dialog',
            '@radix-ui/react-toast',
            '@radix-ui/react-toolbar',
            '@radix-ui/react-roving-focus',
            '@floating-ui/react-dom',
            '@tanstack/react-table',
            '@tanstack/react-virtual',
            'clsx',
            'zod',
            'axe-core',
            'storybook/test',
            '@storybook/react-vite',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          // Failure artefacts stay in the git-ignored folder.
          attachmentsDir: 'test-results/vitest-attachments',
          browser: {
            screenshotDirectory: 'test-results/browser-failures',
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 800 },
          },
        },
      },
    ],
  },
});
