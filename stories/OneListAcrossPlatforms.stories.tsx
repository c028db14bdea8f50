import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { AgentManagementView, type AgentManagementViewProps } from '../src';
import {
  devinFacetDefinitions,
  devinSourceIcons,
  devinSources,
  fromDevinSessions,
  fromGitHubActionsRuns,
  fromWarpRuns,
  githubActionsFacetDefinitions,
  githubActionsSourceIcons,
  githubActionsSources,
  warpFacetDefinitions,
  warpSourceIcons,
  warpSources,
} from '../src/adapters';
import { mergeAgentDataSources } from '../src/data';
import { withFullCanvas } from './decorators';
import { memoryDataSource } from './memory-data-source';
import { devinSessionsBody, githubRunsBody, PLATFORM_IDENTITIES, warpRunsBody } from './platform-responses';
import { CLOCK, VIEWER_ID } from './story-helpers';

interface PlatformsArgs {
  /** Make the GitHub Actions source fail, as a platform that is down does. */
  githubDown: boolean;
  colorScheme?: AgentManagementViewProps['colorScheme'];
}

/** The adapters' marks are path data for a 24×24 viewBox; the view takes nodes. */
function toIcons(...sets: Array<Readonly<Record<string, { path: string; title: string }>>>) {
  return Object.fromEntries(
    sets.flatMap((set) =>
      Object.entries(set).map(([source, { path, title }]) => [
        source,
        <svg key={source} viewBox="0 0 24 24" width="14" height="14" role="img" aria-label={title}>
          <path d={path} fill="currentColor" />
        </svg>,
      ]),
    ),
  );
}

const sourceIcons = toIcons(warpSourceIcons, githubActionsSourceIcons, devinSourceIcons);

const facetDefinitions = [...warpFacetDefinitions, ...githubActionsFacetDefinitions, ...devinFacetDefinitions].filter(
  (d, i, all) => all.findIndex((o) => o.key === d.key) === i,
);

function OneList({ githubDown, colorScheme }: PlatformsArgs) {
  const dataSource = useMemo(() => {
    const options = { identities: PLATFORM_IDENTITIES };
    return mergeAgentDataSources([
      {
        name: 'Warp',
        source: memoryDataSource(fromWarpRuns(warpRunsBody(), options)),
        owns: (id) => id.startsWith('warp:'),
      },
      {
        name: 'GitHub Actions',
        source: memoryDataSource(fromGitHubActionsRuns(githubRunsBody(), options), {
          failWith: githubDown ? 'GitHub answered 502 Bad Gateway' : undefined,
        }),
        owns: (id) => id.startsWith('github:'),
      },
      {
        name: 'Devin',
        source: memoryDataSource(fromDevinSessions(devinSessionsBody(), options)),
        owns: (id) => id.startsWith('devin:'),
      },
    ]);
  }, [githubDown]);
  return (
    <AgentManagementView
      dataSource={dataSource}
      viewerId={VIEWER_ID}
      defaultTab="all"
      sourceRegistry={{ ...warpSources, ...githubActionsSources, ...devinSources }}
      sourceIcons={sourceIcons}
      facetDefinitions={facetDefinitions}
      colorScheme={colorScheme}
      {...CLOCK}
    />
  );
}

/**
 * Warp runs, GitHub Actions workflow runs and Devin sessions in one list: each platform's list
 * response (as its API returns it, generated here) goes through its adapter (`fromWarpRuns`,
 * `fromGitHubActionsRuns`, `fromDevinSessions`), each adapted list is a data source, and
 * `mergeAgentDataSources` makes them one, newest first, with a cursor per source. The same three
 * people work on every platform under different ids; `identities` maps them onto the host's, so
 * "Me" and the Creator filter work across platforms. Turn on `githubDown`: the other two platforms
 * stay, and the view names the one that could not be loaded.
 */
const meta = {
  title: 'Agentboard/One list across platforms',
  component: OneList,
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen', colorSchemeArg: true },
  decorators: [withFullCanvas],
  args: { githubDown: false },
} satisfies Meta<typeof OneList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three platforms, one list: sources, creators and credits from each. */
export const ThreePlatforms: Story = {
  name: 'Three platforms',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(10), { timeout: 5000 });
  },
};

/** GitHub Actions is down: Warp's and Devin's runs stay, and the view says which platform is missing. */
export const OnePlatformDown: Story = {
  name: 'One platform down',
  args: { githubDown: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('status', { name: 'Sources that could not be loaded' })).toBeTruthy(), {
      timeout: 5000,
    });
  },
};
