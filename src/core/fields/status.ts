import { STATUS_COLUMN } from '../columns';
import { isAgentStatus, STATUS_META, STATUS_ORDER } from '../status';
import type { AgentStatus } from '../types';
import { listField, listUrlRead, listUrlWrite } from './list-field';

/** Status: the five display statuses, always all five as options in `STATUS_ORDER`. */
export const statusField = /* @__PURE__ */ listField({
  key: 'statuses',
  chipKey: 'st',
  column: STATUS_COLUMN,
  // The status column gives the display statuses codes 0–4 in this order.
  options: ({ counts }) =>
    STATUS_ORDER.map((s, code) => ({ value: s, label: STATUS_META[s].label, count: counts[code] ?? 0 })),
  fieldLabel: (labels) => labels.sectionStatus,
  valueLabel: (value, ctx) => ctx.labels.statuses[value as AgentStatus] ?? value,
});

/** The Status field in URLs: `status`, once per value, display statuses only. */
export const writeStatusUrl = /* @__PURE__ */ listUrlWrite('statuses', 'status', isAgentStatus);

/** Reads back what `writeStatusUrl` writes. */
export const readStatusUrl = /* @__PURE__ */ listUrlRead('statuses', 'status', isAgentStatus);
