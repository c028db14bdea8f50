import { CREDIT_PARTS, PERMISSION_KEYS } from './artifacts';
import type { AgentItemParsed } from './schema';
import type { AgentArtifact, AgentCreditsBreakdown, AgentItem, AgentPermissions, AgentPerson } from './types';

/**
 * The view's item from what the schema accepted: fresh objects throughout, absent fields left out,
 * empty sub-objects and lists left out too.
 *
 * @example
 * toItem(agentItemInputSchema.parse(input), 'done', 'success').status // 'success'
 */
export function toItem(data: AgentItemParsed, rawStatus: string, status: AgentItem['status']): AgentItem {
  const creator: AgentPerson = { id: data.creator.id, name: data.creator.name };
  if (data.creator.avatarUrl != null) creator.avatarUrl = data.creator.avatarUrl;
  const item: AgentItem = {
    id: data.id,
    kind: data.kind,
    title: data.title,
    source: data.source ?? (data.kind === 'interactive' ? 'interactive' : 'unknown'),
    status,
    rawStatus,
    createdAt: data.createdAt,
    creator,
  };
  if (data.statusDetail != null) item.statusDetail = data.statusDetail;
  if (data.startedAt != null) item.startedAt = data.startedAt;
  if (data.endedAt != null) item.endedAt = data.endedAt;
  if (data.credits != null) item.credits = data.credits + 0;
  if (data.sessionUrl != null) item.sessionUrl = data.sessionUrl;
  if (data.sessionState != null) item.sessionState = data.sessionState;
  if (data.conversationId != null) item.conversationId = data.conversationId;
  if (data.meta != null) {
    // A fresh plain object (zod's record output has a null prototype; hosts may call meta.hasOwnProperty).
    // Assignment is safe: '__proto__' keys never get this far.
    const meta: Record<string, string | string[]> = {};
    let any = false;
    for (const key in data.meta) {
      meta[key] = data.meta[key] as string | string[];
      any = true;
    }
    if (any) item.meta = meta;
  }
  if (data.parentId != null) item.parentId = data.parentId;
  if (data.artifacts != null && data.artifacts.length > 0) item.artifacts = data.artifacts.map(toArtifact);
  if (data.errorCode != null) item.errorCode = data.errorCode;
  if (data.retryable != null) item.retryable = data.retryable;
  if (data.creditsBreakdown != null) {
    const parts: AgentCreditsBreakdown = {};
    let any = false;
    for (const part of CREDIT_PARTS) {
      const value = data.creditsBreakdown[part];
      if (value == null) continue;
      parts[part] = value + 0; // -0 reads as 0
      any = true;
    }
    if (any) item.creditsBreakdown = parts;
  }
  if (data.permissions != null) {
    const flags: AgentPermissions = {};
    let any = false;
    for (const key of PERMISSION_KEYS) {
      const value = data.permissions[key];
      if (value == null) continue;
      flags[key] = value;
      any = true;
    }
    if (any) item.permissions = flags;
  }
  return item;
}

function toArtifact(data: NonNullable<AgentItemParsed['artifacts']>[number]): AgentArtifact {
  const artifact: AgentArtifact = { type: data.type };
  if (data.url != null) artifact.url = data.url;
  if (data.title != null) artifact.title = data.title;
  if (data.state != null) artifact.state = data.state;
  if (data.branch != null) artifact.branch = data.branch;
  return artifact;
}
