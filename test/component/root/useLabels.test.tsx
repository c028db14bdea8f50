import { render } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  AgentboardRoot,
  defaultInspectLabels,
  defaultViewLabels,
  useLabels,
  type AgentInspectLabels,
  type LabelOverrides,
} from '../../../src/react/root';

// A part that hands its strings down to another part, as the list does to each row's sub-run parts.
function Child({ labels, seen }: { labels: LabelOverrides<AgentInspectLabels>; seen: AgentInspectLabels[] }) {
  seen.push(useLabels(defaultInspectLabels, labels));
  return null;
}

function Parent({ own, seen }: { own?: LabelOverrides<AgentInspectLabels>; seen: AgentInspectLabels[] }) {
  const labels = useLabels(defaultInspectLabels, own);
  seen.push(labels);
  return <Child labels={labels} seen={seen} />;
}

describe('useLabels', () => {
  test("a table handed down keeps the root's and the part's overrides and every default", () => {
    const seen: AgentInspectLabels[] = [];
    render(
      <AgentboardRoot labels={{ artifacts: 'Outputs', errorMessages: { oom: 'Out of memory' } }}>
        <Parent own={{ detailsClose: 'Done' }} seen={seen} />
      </AgentboardRoot>,
    );
    const [parent, child] = seen;
    expect(child).toBe(parent);
    expect(child!.artifacts).toBe('Outputs');
    expect(child!.detailsClose).toBe('Done');
    expect(child!.errorMessages.oom).toBe('Out of memory');
    expect(child!.errorMessages.insufficient_credits).toBe(defaultInspectLabels.errorMessages.insufficient_credits);
    expect(child!.detailsStatus).toBe(defaultInspectLabels.detailsStatus);
  });

  test("a table made from other defaults is merged, so the part's own keys are never missing", () => {
    const seen: string[] = [];
    function ViewPart() {
      const view = useLabels(defaultViewLabels, { search: 'Find' });
      // Passed where the inspecting strings are expected (a host mixing tables up).
      const inspect = useLabels(defaultInspectLabels, view as unknown as LabelOverrides<AgentInspectLabels>);
      seen.push(inspect.detailsClose, (inspect as unknown as { search: string }).search);
      return null;
    }
    render(<ViewPart />);
    expect(seen).toEqual([defaultInspectLabels.detailsClose, 'Find']);
  });
});
