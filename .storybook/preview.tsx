import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/styles/index.css';
import './preview.css';
import { configure } from 'storybook/test';

// Play functions wait for conditions (`waitFor`, `findBy…`); 1 s was a guess at the machine's speed
// and failed stories under load that pass alone. The timeout is a ceiling, not a pause.
configure({ asyncUtilTimeout: 15_000 });

type Scheme = 'light' | 'dark';

/**
 * The color-scheme toolbar. Stories of components that take a `colorScheme` prop opt in with
 * `parameters: { colorSchemeArg: true }` and receive the toolbar's value as that arg; every story
 * is painted on a canvas of the matching scheme, so a part used alone is judged on the right
 * background. A story can pin the scheme with `globals: { colorScheme: 'dark' }`.
 */
const withColorScheme: Decorator = (Story, context) => {
  const scheme: Scheme = context.globals.colorScheme === 'dark' ? 'dark' : 'light';
  const passArg = context.parameters.colorSchemeArg === true;
  const canvas = (
    <div
      className="sb-agentboard-canvas"
      data-color-scheme={scheme}
      data-layout={context.parameters.layout ?? 'padded'}
      data-view-mode={context.viewMode}
    >
      {passArg ? <Story args={{ ...context.args, colorScheme: scheme }} /> : <Story />}
    </div>
  );
  return canvas;
};

const preview: Preview = {
  decorators: [withColorScheme],
  globalTypes: {
    colorScheme: {
      description: 'Color scheme of the canvas and of the view',
      toolbar: {
        title: 'Color scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { colorScheme: 'light' },
  parameters: {
    layout: 'padded',
    // The canvas follows the color-scheme toolbar; a second background picker would fight it.
    backgrounds: { disable: true },
    controls: { expanded: true, matchers: { date: /(At|now)$/ } },
    a11y: {
      // Fail the a11y panel (and the test runner) on violations rather than only listing them.
      test: 'error',
    },
    options: {
      // `npm start` opens the first story in this order: the full management view.
      // `includeNames` lets the order reach story names, so "Full view" comes before the docs page.
      storySort: {
        includeNames: true,
        order: ['Agentboard', ['Management view', ['Full view', '*'], 'Introduction', 'Parts', '*'], '*'],
      },
    },
    docs: { toc: true },
  },
};

export default preview;
