import { render } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, test } from 'vitest';
import { AgentManagementView } from '../../../src/index';
import { expectPassedThrough, HOST_ATTRIBUTES } from '../shared/pass-through';
import { BASE_PROPS } from '../../fixtures/view-items';

describe('AgentManagementView passes the ref and host attributes', () => {
  test('to its root element, beside the root data attributes', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(<AgentManagementView ref={ref} {...HOST_ATTRIBUTES} {...BASE_PROPS} />);
    const root = container.firstElementChild;
    expectPassedThrough(ref, root, 'ab-view');
    expect(root?.getAttribute('data-tab')).toBe('personal');
    expect(root?.getAttribute('data-state')).toBe('ready');
    // The view's own options stay off the element.
    expect(root?.hasAttribute('items')).toBe(false);
    expect(root?.hasAttribute('viewerid')).toBe(false);
  });
});
