import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getItemLink, needsConfirmation, type AgentActionRules } from '../../core/actions';
import { formatCount } from '../../core/format';
import type { AgentItem } from '../../core/types';
import { isAbortError } from '../../data';
import type { AgentActionMatch, AgentActionResult, AgentDataSource, AgentDataUpdate } from '../../data';
import {
  defaultActionLabels,
  useLabels,
  type ActionConfirmInput,
  type AgentActionLabels,
  type LabelOverrides,
} from '../root';
import { useToast } from '../toast';
import type { AgentActionConfirmProps } from './AgentActionConfirm';
import { copyText } from './copy-text';
import { actionLabel } from './menu-entries';

/** What the host runs an action with. It may return nothing (the host's own data will change). */
export type AgentActionHandler = (
  action: string,
  items: AgentItem[],
  context: { signal: AbortSignal },
) => Promise<AgentActionResult | void> | AgentActionResult | void;

/** The items an action reaches: loaded items, or every item of a query ("Select all N matching"). */
export type AgentActionTarget = { items: readonly AgentItem[] } | { match: AgentActionMatch; count?: number };

export interface UseAgentActionsOptions extends AgentActionRules {
  /** Runs actions on items by id; without it a data source's `action()` gets the ids. */
  onAction?: AgentActionHandler | undefined;
  /** "All matching" actions always go to its `action()`, never a loop over the loaded rows. */
  dataSource?: Pick<AgentDataSource, 'action'> | undefined;
  /**
   * Merges a result's `upsert`/`remove` like a live update: the view hands it to its data source's
   * loader, or keeps it as an overlay over plain `items` until the host's `items` change.
   */
  onUpdate?: ((update: AgentDataUpdate) => void) | undefined;
  timeZone?: string | undefined;
  locale?: string | undefined;
  labels?: LabelOverrides<AgentActionLabels> | undefined;
}

export interface AgentActionsApi {
  /** Ids whose action is running: their rows show `aria-busy` and their actions are disabled. */
  busyIds: ReadonlySet<string>;
  running: boolean;
  /** The latest result, for a polite live region the view renders. */
  announcement: string;
  /** What the menus call: asks first when the action needs it (`origin` gets the focus back), then runs. */
  request: (action: string, target: AgentActionTarget, origin?: HTMLElement | null) => void;
  /** Runs without asking. */
  run: (action: string, target: AgentActionTarget) => Promise<void>;
  /** Stops every running action (aborts their signals). */
  abort: () => void;
  /** Spread onto `<AgentActionConfirm>`; closed while nothing waits for confirmation. */
  confirmProps: AgentActionConfirmProps;
}

interface Pending {
  action: string;
  target: AgentActionTarget;
  origin: HTMLElement | null;
}

const countOf = (target: AgentActionTarget): number => ('items' in target ? target.items.length : (target.count ?? 0));

/**
 * Runs the row and bulk actions: asks first where needed, marks the items busy, calls `onAction` (or
 * the data source's `action()`; always it for "all matching"), merges `upsert`/`remove` through
 * `onUpdate`, announces the result and shows it as a toast — with Undo when the result carries one,
 * with Retry naming what failed and why (failed rows stay as they were). `copy_link` is done here,
 * with the clipboard, and only for a link `sanitizeUrl` keeps.
 *
 * @example
 * ```tsx
 * const actions = useAgentActions({ actions: ['cancel', 'retry'], onAction: api.run, onUpdate: merge });
 * <AgentActionsMenu item={item} actions={['cancel', 'retry']} onAction={(a, i, o) => actions.request(a, { items: [i] }, o)} />
 * <AgentActionConfirm {...actions.confirmProps} />
 * ```
 */
export function useAgentActions(options: UseAgentActionsOptions): AgentActionsApi {
  const labels = useLabels(defaultActionLabels, options.labels);
  const toast = useToast();
  const [busyIds, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  const [running, setRunning] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);
  const controllers = useRef(new Set<AbortController>());
  const latest = useRef(options);
  const labelsRef = useRef(labels);
  useEffect(() => {
    latest.current = options;
    labelsRef.current = labels;
  });
  useEffect(() => {
    const all = controllers.current;
    return () => all.forEach((c) => c.abort());
  }, []);

  const say = useCallback(
    (message: string, toastOptions?: Parameters<typeof toast.show>[0]) => {
      setAnnouncement(message);
      toast.show(toastOptions ?? { message });
    },
    [toast],
  );

  const run = useCallback(
    async (action: string, target: AgentActionTarget): Promise<void> => {
      const opts = latest.current;
      const l = labelsRef.current;
      const input = (count: number): ActionConfirmInput => {
        const items = 'items' in target ? target.items : [];
        const title = count === 1 && items.length === 1 ? items[0]!.title : undefined;
        return {
          action,
          label: actionLabel(action, opts, l),
          count,
          formatted: formatCount(count, opts.locale),
          ...(title !== undefined ? { title } : {}),
        };
      };
      if (action === 'copy_link') {
        const item = 'items' in target ? target.items[0] : undefined;
        const link = item && getItemLink(item, opts.getItemHref);
        if (link === undefined) return;
        say((await copyText(link)) ? l.linkCopied : l.copyFailed);
        return;
      }
      const ids = 'items' in target ? target.items.map((i) => i.id) : [];
      const controller = new AbortController();
      controllers.current.add(controller);
      setRunning((n) => n + 1);
      setBusy((prev) => new Set([...prev, ...ids]));
      const { signal } = controller;
      try {
        let result: AgentActionResult | void = undefined;
        if ('match' in target) {
          if (!opts.dataSource?.action) throw new Error('This data source cannot run actions on every match.');
          result = await opts.dataSource.action({ action, match: target.match, timeZone: opts.timeZone, signal });
        } else if (opts.onAction) {
          result = await opts.onAction(action, [...target.items], { signal });
        } else if (opts.dataSource?.action) {
          result = await opts.dataSource.action({ action, ids, timeZone: opts.timeZone, signal });
        }
        if (signal.aborted) throw signal.reason;
        const r = result ?? {};
        if (r.upsert?.length || r.remove?.length) opts.onUpdate?.({ upsert: r.upsert, remove: r.remove });
        const failed = r.failed ?? [];
        const done = 'match' in target ? (r.affected ?? countOf(target)) : ids.length - failed.length;
        if (done > 0) {
          const undo = r.undo;
          say(l.actionDone(input(done)), {
            message: l.actionDone(input(done)),
            ...(undo
              ? {
                  action: {
                    label: l.undo,
                    onAction: () =>
                      void undo().then((back) => {
                        if (back && (back.upsert?.length || back.remove?.length))
                          latest.current.onUpdate?.({ upsert: back.upsert, remove: back.remove });
                        say(labelsRef.current.undone);
                      }),
                  },
                }
              : {}),
          });
        }
        if (failed.length > 0) {
          const byId = new Map(('items' in target ? target.items : []).map((i) => [i.id, i]));
          const reasons = describeFailures(failed, byId);
          const retryItems = failed.map((f) => byId.get(f.id)).filter((i): i is AgentItem => i !== undefined);
          const message = l.actionFailed({ ...input(failed.length), reasons });
          say(message, {
            message,
            tone: 'error',
            ...(retryItems.length > 0
              ? { action: { label: l.retryAction, onAction: () => void run(action, { items: retryItems }) } }
              : {}),
          });
        }
      } catch (error) {
        if (signal.aborted || isAbortError(error)) {
          say(l.actionStopped(input(countOf(target))));
        } else {
          const reasons = error instanceof Error ? error.message : String(error);
          const message = l.actionFailed({ ...input(countOf(target)), reasons });
          say(message, {
            message,
            tone: 'error',
            action: { label: l.retryAction, onAction: () => void run(action, target) },
          });
        }
      } finally {
        controllers.current.delete(controller);
        setRunning((n) => n - 1);
        setBusy((prev) => {
          const next = new Set(prev);
          for (const id of ids) next.delete(id);
          return next;
        });
      }
    },
    [say],
  );

  const request = useCallback(
    (action: string, target: AgentActionTarget, origin: HTMLElement | null = null) => {
      if (needsConfirmation(action, latest.current)) setPending({ action, target, origin });
      else void run(action, target);
    },
    [run],
  );

  const abort = useCallback(() => controllers.current.forEach((c) => c.abort()), []);

  const confirmProps = useMemo<AgentActionConfirmProps>(() => {
    const items = pending && 'items' in pending.target ? pending.target.items : [];
    return {
      open: pending !== null,
      action: pending?.action ?? '',
      count: pending ? countOf(pending.target) : 0,
      ...(items.length === 1 ? { title: items[0]!.title } : {}),
      customActions: options.customActions,
      returnFocusTo: pending?.origin ?? null,
      locale: options.locale,
      labels: options.labels,
      onConfirm: () => pending && void run(pending.action, pending.target),
      onOpenChange: (open: boolean) => !open && setPending(null),
    };
  }, [pending, options.customActions, options.locale, options.labels, run]);

  return { busyIds, running: running > 0, announcement, request, run, abort, confirmProps };
}

/**
 * The reasons of a toast, grouped by message so that 50 runs refused for one reason read as one
 * reason: "A, B (The runner is offline); C, D, E, … (+47) (A retry would not help)".
 */
export function describeFailures(
  failed: readonly { id: string; message: string }[],
  byId: ReadonlyMap<string, AgentItem>,
): string {
  const groups = new Map<string, string[]>();
  for (const f of failed) {
    const name = byId.get(f.id)?.title || f.id;
    const names = groups.get(f.message);
    if (names) names.push(name);
    else groups.set(f.message, [name]);
  }
  return [...groups]
    .map(([message, names]) => {
      const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, … (+${names.length - 3})` : names.join(', ');
      return `${shown} (${message})`;
    })
    .join('; ');
}
