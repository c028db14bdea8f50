// The artifact vocabulary and the in-place repair the parser applies to a bad artifact: never
// dropped for a bad optional field (an unknown type or unsafe URL becomes a plain link without its
// URL, a bad title/state/branch loses that field), only a value that is not an object is removed.
import { describe, expect, it } from 'vitest';
import {
  ARTIFACT_TYPES,
  DROPPED_ARTIFACT,
  isArtifactType,
  isPullRequestState,
  PULL_REQUEST_STATES,
  repairArtifact,
} from '../../../src/core/artifacts';

describe('isArtifactType / isPullRequestState', () => {
  it('accept exactly their lists’ strings', () => {
    for (const type of ARTIFACT_TYPES) expect(isArtifactType(type)).toBe(true);
    for (const state of PULL_REQUEST_STATES) expect(isPullRequestState(state)).toBe(true);
    for (const value of ['video', 'PULL_REQUEST', '', null, 1, {}, 'toString']) {
      expect(isArtifactType(value)).toBe(false);
      expect(isPullRequestState(value)).toBe(false);
    }
  });
});

describe('repairArtifact', () => {
  it('an unknown type keeps the artifact as a link without its URL (and its title)', () => {
    const list: unknown[] = [{ type: 'video', url: 'https://x/v.mp4', title: 'Demo' }];
    expect(repairArtifact(list, 0, 'type')).toMatch(/link without its URL/);
    expect(list[0]).toEqual({ type: 'link', title: 'Demo' });
    // Repairing the same issue again changes nothing.
    expect(repairArtifact(list, 0, 'type')).toBeUndefined();
  });

  it('an unsafe URL is removed and the artifact kept', () => {
    const list: unknown[] = [{ type: 'pull_request', url: 'javascript:alert(1)', title: 'PR' }];
    expect(repairArtifact(list, 0, 'url')).toMatch(/without its link/);
    expect(list[0]).toEqual({ type: 'pull_request', title: 'PR' });
  });

  it('a bad optional field loses that field only', () => {
    const list: unknown[] = [{ type: 'pull_request', url: 'https://x/pr/1', state: 'exploded', branch: 5 }];
    expect(repairArtifact(list, 0, 'state')).toBeDefined();
    expect(repairArtifact(list, 0, 'branch')).toBeDefined();
    expect(list[0]).toEqual({ type: 'pull_request', url: 'https://x/pr/1' });
  });

  it('a key the artifact does not have changes nothing', () => {
    const artifact = { type: 'link', url: 'https://x' };
    const list: unknown[] = [artifact];
    expect(repairArtifact(list, 0, 'title')).toBeUndefined();
    expect(repairArtifact(list, 0, Symbol('x'))).toBeUndefined();
    expect(list[0]).toEqual({ type: 'link', url: 'https://x' });
  });

  it('a value that is not an object is marked dropped once; indexes stay valid during the round', () => {
    const list: unknown[] = ['a string', { type: 'link' }, null, [1], { type: 'link' }];
    for (const index of [0, 2, 3]) {
      expect(repairArtifact(list, index, undefined)).toMatch(/dropped/);
      expect(list[index]).toBe(DROPPED_ARTIFACT);
      expect(repairArtifact(list, index, 'type')).toBeUndefined();
    }
    expect(list).toHaveLength(5);
    expect(list[1]).toEqual({ type: 'link' });
  });

  it('an issue on the whole artifact (no key) drops even an object', () => {
    const list: unknown[] = [{ type: 'link' }];
    expect(repairArtifact(list, 0, undefined)).toMatch(/dropped/);
    expect(list[0]).toBe(DROPPED_ARTIFACT);
  });
});
