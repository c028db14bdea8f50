import { ARTIFACT_TYPES } from '../artifacts';
import type { CodeColumnDef } from '../item-index';
import type { AgentArtifactType, AgentItem } from '../types';
import { listField, listUrlRead, listUrlWrite } from './list-field';

/** The "Has artifact" values: every artifact type, then `none` (items that produced nothing). */
export const ARTIFACT_FILTER_VALUES: readonly (AgentArtifactType | 'none')[] = [...ARTIFACT_TYPES, 'none'];

/** English names of the values (facet options' labels); the view's labels override them in chips. */
export const ARTIFACT_FILTER_LABELS: Readonly<Record<AgentArtifactType | 'none', string>> = {
  pull_request: 'Pull request',
  branch: 'Branch',
  plan: 'Plan',
  screenshot: 'Screenshot',
  file: 'File',
  link: 'Link',
  none: 'No artifact',
};

const ACCEPTED: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(ARTIFACT_FILTER_VALUES);
const accepts = (value: string) => ACCEPTED.has(value);

/** An item's artifact types, each once (`none` without any): one value, or several as an array. */
function artifactTypesOf(item: AgentItem): string | string[] {
  const artifacts = item.artifacts;
  if (!Array.isArray(artifacts) || artifacts.length === 0) return 'none';
  const first = artifacts[0]?.type;
  let types: string[] | undefined;
  for (let i = 1; i < artifacts.length; i++) {
    const type = artifacts[i]?.type;
    if (type === first || typeof type !== 'string') continue;
    types ??= typeof first === 'string' ? [first] : [];
    if (!types.includes(type)) types.push(type);
  }
  return types ?? (typeof first === 'string' ? first : 'none');
}

/** The artifact types of each item, multi-valued; codes follow `ARTIFACT_FILTER_VALUES`. */
export const ARTIFACT_COLUMN: CodeColumnDef = { read: artifactTypesOf, multi: true, seed: ARTIFACT_FILTER_VALUES };

/**
 * Has artifact: the items that produced any of the selected artifact types (`none`: nothing at all).
 * Options are every type and `none`, always, in `ARTIFACT_FILTER_VALUES` order, counted under the
 * other filters; an item with a pull request and a branch counts once under each.
 */
export const artifactsField = /* @__PURE__ */ listField({
  key: 'artifacts',
  chipKey: 'a',
  column: ARTIFACT_COLUMN,
  options: ({ counts }) =>
    ARTIFACT_FILTER_VALUES.map((value, code) => ({
      value,
      label: ARTIFACT_FILTER_LABELS[value],
      count: counts[code] ?? 0,
    })),
  fieldLabel: (labels) => labels.sectionArtifacts ?? 'Has artifact',
  valueLabel: (value, ctx) =>
    ctx.labels.artifactTypes?.[value as AgentArtifactType | 'none'] ??
    ARTIFACT_FILTER_LABELS[value as AgentArtifactType | 'none'] ??
    value,
});

/** The Has artifact field in URLs: `artifact`, once per value, known values only. */
export const writeArtifactsUrl = /* @__PURE__ */ listUrlWrite('artifacts', 'artifact', accepts);

/** Reads back what `writeArtifactsUrl` writes. */
export const readArtifactsUrl = /* @__PURE__ */ listUrlRead('artifacts', 'artifact', accepts);
