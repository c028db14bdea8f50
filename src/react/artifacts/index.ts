// What a run produced: pull requests, branches, plans, screenshots, files and links, compact on a
// row or listed in full in the details, and their icons.
export { AgentArtifacts, type AgentArtifactsProps } from './AgentArtifacts';
export { ARTIFACT_ICONS, PULL_REQUEST_STATE_ICONS, type ArtifactIcon } from './icons';
