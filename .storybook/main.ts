import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook is the project's main job: `npm start` opens it on the full management view
 * (see `storySort` in preview.tsx). The network here is closed, so nothing may phone home at
 * startup: telemetry, crash reports and the "what's new" check are all off.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Local assets for the sample data (a teammate's picture), so no story reaches for the network.
  staticDirs: ['./public'],
  // The project's own Storybook, not a tutorial: no onboarding checklist in the sidebar.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Radix and TanStack ship `'use client'` at the top of their modules; the bundler warns that it
    // drops it (MODULE_LEVEL_DIRECTIVE). Harmless for a Storybook bundle, and it drowns real warnings.
    const build = (viteConfig.build ??= {});
    const options = (build.rolldownOptions ??= {});
    const previous = options.onwarn;
    options.onwarn = (warning, defaultHandler) => {
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
      if (previous) previous(warning, defaultHandler);
      else defaultHandler(warning);
    };
    // A Storybook bundle carries Storybook itself; its chunk sizes say nothing about the library's.
    build.chunkSizeWarningLimit = 4096;
    return viteConfig;
  },
};

export default config;
