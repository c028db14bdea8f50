// The stories double as tests: each one renders in real Chromium and its play function (the
// interactions Storybook's Interactions panel replays) must pass.
import '../../src/styles/index.css';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanupStory, ALL_STORY_MODULES, runStory } from './stories';

afterEach(cleanupStory);

for (const [moduleName, stories] of Object.entries(ALL_STORY_MODULES)) {
  describe(`${moduleName} stories`, () => {
    for (const [name, story] of Object.entries(stories)) {
      test(`${name} renders${story.play ? ' and its play function passes' : ''}`, async () => {
        const canvas = await runStory(story);
        expect(canvas.childElementCount).toBeGreaterThan(0);
        expect(canvas.textContent?.trim().length ?? 0).toBeGreaterThan(0);
      });
    }
  });
}
