// Every story, composed with the project's Storybook annotations (decorators, globals, the
// color-scheme toolbar), so the browser tests render exactly what Storybook shows.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import preview from '../../.storybook/preview';
import * as listStories from '../../stories/AgentList.stories';
import * as viewStories from '../../stories/AgentManagementView.stories';
import * as summaryStories from '../../stories/AgentSummary.stories';
import * as tabsStories from '../../stories/AgentTabs.stories';
import * as filterStories from '../../stories/FilterMenu.stories';
import * as platformsStories from '../../stories/OneListAcrossPlatforms.stories';
import * as sourceStories from '../../stories/SourceBadge.stories';
import * as statusStories from '../../stories/StatusBadge.stories';
import * as artifactStories from '../../stories/AgentArtifacts.stories';
import * as subRunStories from '../../stories/SubRuns.stories';
import * as detailsStories from '../../stories/AgentDetails.stories';
import * as actionStories from '../../stories/Actions.stories';
import * as manageStories from '../../stories/ManageRuns.stories';

setProjectAnnotations(preview);

export const view = composeStories(viewStories);
export const list = composeStories(listStories);
export const summary = composeStories(summaryStories);
export const tabs = composeStories(tabsStories);
export const filterMenu = composeStories(filterStories);
export const sourceBadge = composeStories(sourceStories);
export const statusBadge = composeStories(statusStories);
export const platforms = composeStories(platformsStories);
export const artifacts = composeStories(artifactStories);
export const subRuns = composeStories(subRunStories);
export const details = composeStories(detailsStories);
export const actionParts = composeStories(actionStories);
export const manage = composeStories(manageStories);

export const ALL_STORY_MODULES = {
  view,
  list,
  summary,
  tabs,
  filterMenu,
  sourceBadge,
  statusBadge,
  artifacts,
  subRuns,
  details,
  platforms,
  actionParts,
  manage,
};

export type ComposedStory = (typeof view)[keyof typeof view];

/** Any composed story (method syntax keeps the parameter bivariant across stories' arg types). */
export interface RunnableStory {
  /** The story's name (composed stories carry it): the harness's page heading. */
  readonly storyName?: string;
  run(context?: { canvasElement?: HTMLElement; globals?: Record<string, unknown>; args?: object }): Promise<void>;
}

/**
 * Mounts a composed story (and runs its play function) into a fresh canvas of the given size, in
 * the given color scheme. Returns the canvas and a cleanup.
 *
 * The canvas is the page's `<main>`, after a visually hidden `<h1>` naming the story: a host's page
 * has a main landmark and a heading, so axe's page-level rules (`region`, `landmark-one-main`,
 * `page-has-heading-one`) can run against a story as against a real page. The heading takes no
 * room, so layout and screenshots are those of the story alone.
 */
export async function runStory(
  story: RunnableStory,
  {
    scheme = 'light',
    width = '100vw',
    height = '100vh',
  }: { scheme?: 'light' | 'dark'; width?: string; height?: string } = {},
): Promise<HTMLElement> {
  document.body.style.margin = '0';
  const name = story.storyName ?? 'Story';
  document.title = `${name} · agentboard`;
  const main = document.createElement('main');
  const heading = document.createElement('h1');
  heading.textContent = name;
  // Visually hidden (the library's `.ab-visually-hidden` recipe), read by assistive technology.
  heading.style.cssText =
    'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
  const canvasElement = document.createElement('div');
  canvasElement.id = 'storybook-root';
  canvasElement.style.width = width;
  canvasElement.style.height = height;
  main.append(heading, canvasElement);
  document.body.append(main);
  await story.run({ canvasElement, globals: { colorScheme: scheme } });
  return canvasElement;
}

/**
 * Unmounts the story run last, then empties the page. Storybook keeps a story mounted until the
 * next one loads; emptying the page first would take away the nodes its portals (menus, dialogs,
 * toasts) put in `document.body`, and React's unmount would then fail to remove them.
 */
export async function cleanupStory(): Promise<void> {
  // `load()` of any composed story runs the cleanups of the one mounted before (its unmount first).
  await statusBadge.Working.load();
  document.body.innerHTML = '';
}
