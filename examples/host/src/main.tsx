/**
 * The reference host: agentboard's management view over the example API (SQLite, 100,000 items),
 * with live updates from the stream, the view's state in the URL, and a panel showing the run a row
 * opened, which follows that run live (follow-run.ts). It imports the built package only
 * ('agentboard' → ../../dist, see vite.config.ts).
 */
import {
  StrictMode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { createRoot } from 'react-dom/client';
import {
  AgentboardRoot,
  AgentManagementView,
  Avatar,
  createFetchDataSource,
  formatCreatedAt,
  formatCredits,
  formatDuration,
  formatFullDate,
  getDurationMs,
  sanitizeHttpUrl,
  SourceBadge,
  StatusBadge,
  useUrlFilters,
  type AgentItem,
  type AgentPerson,
  type ParseIssue,
} from 'agentboard';
import 'agentboard/styles.css';
import './app.css';
import { followRuns, type FollowedRun, type RunRemoval } from './follow-run';

const VIEWER: AgentPerson = { id: 'u_me', name: 'Alex Morgan' };
const VIEWER_ID = VIEWER.id;

// Created once, at module scope: the view keeps using the data source it first got.
// The example's stand-in for a session: the API reads the viewer from this header (never from the URL).
// The view gets it through `runs`, which sees its pages, live updates and action results on the way,
// so the opened run's panel learns what the list learns about that run.
const runs = followRuns(
  createFetchDataSource({
    url: '/api/agents',
    streamUrl: '/api/agents/stream',
    actionUrl: '/api/agents/actions',
    headers: { authorization: `Bearer ${VIEWER_ID}` },
  }),
);

/** The opened run as it stands now: the row's item when it was opened, then each live change to it. */
function useFollowedRun(opened: AgentItem | null): FollowedRun | null {
  const initial = useMemo(() => (opened ? { item: opened } : null), [opened]);
  const subscribe = useCallback(
    (onChange: () => void) => (initial ? runs.follow(initial, onChange) : () => {}),
    [initial],
  );
  const get = () => (initial ? (runs.get(initial.item.id) ?? initial) : null);
  return useSyncExternalStore(subscribe, get, get);
}

function reportIssues(issues: ParseIssue[]) {
  for (const issue of issues)
    console.warn(`[agents api] item ${issue.id ?? issue.index}: ${issue.path} ${issue.message}`);
}

/** At phone width the opened run is a full-screen sheet (app.css): the page under it is inert. */
const SHEET_QUERY = '(max-width: 639.98px)';

function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The current time, ticking every second while `live` (a working run's duration grows). */
function useNow(live: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!live) return;
    // From the moment it starts (a queued run that starts while shown), not from when the panel opened.
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [live]);
  return now;
}

function CloseIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

function ExternalIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M9.5 2.5h4v4M13.5 2.5 8 8M11.5 9.5v3a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function GoneIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 7.25v4M8 4.75v.01" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

const SESSION_STATE_TEXT = { expired: 'Session expired', unavailable: 'Session unavailable' } as const;

const REMOVED_TEXT: Record<RunRemoval, string> = {
  deleted: 'was deleted',
  archived: 'was archived',
  // Another tab or person removed it: the stream says it is gone, not which of the two it was.
  removed: 'was deleted or archived',
};

interface OpenedRunProps {
  /** The run as it stands now (useFollowedRun): it changes in place, the panel stays. */
  run: FollowedRun;
  onClose: () => void;
  /** Where focus goes when the panel closes with focus inside it: the row that opened it, or the view. */
  returnFocusTo: () => HTMLElement | null;
}

/**
 * What the host opens for a row: its stand-in for the run's session page (or the local
 * conversation). A complementary landmark named by its heading; it takes focus when it opens, so
 * Escape closes it from anywhere inside, and gives focus back to the row it came from (or to the
 * view when that row is gone), as the view's own details panel does. It follows the run live: a
 * new status, duration, credits or session show where they are, and a run deleted or archived
 * stays shown as it was last, with a notice that is announced politely.
 */
function OpenedRun({ run, onClose, returnFocusTo }: OpenedRunProps) {
  const { item, removed } = run;
  const ref = useRef<HTMLElement>(null);
  const returnTo = useRef(returnFocusTo);
  returnTo.current = returnFocusTo;

  useLayoutEffect(() => {
    const panel = ref.current;
    panel?.focus();
    return () => {
      // Only when focus was in the panel (or dropped with it): never pull it from where the user moved it.
      const active = document.activeElement;
      if (active && active !== document.body && !panel?.contains(active)) return;
      // After the commit, where the page under a phone-width sheet stops being inert; and only when
      // the panel really went (StrictMode's rehearsal unmount keeps it in the document).
      queueMicrotask(() => {
        if (!panel?.isConnected) returnTo.current()?.focus();
      });
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    onClose();
  };

  const ambient = item.kind === 'ambient';
  const ticking = useNow(ambient && item.status === 'working' && !removed);
  // A working run that went away stops where it was when it went.
  const now = run.removedAt ?? ticking;
  const sessionUrl = sanitizeHttpUrl(item.sessionUrl);
  const sessionGone =
    item.sessionState === 'expired' || item.sessionState === 'unavailable' ? item.sessionState : undefined;
  const shows = (text?: string) => typeof text === 'string' && text.trim() !== '';

  return (
    <aside
      ref={ref}
      className="host-run"
      aria-labelledby="opened-run-title"
      data-testid="opened-run"
      data-status={item.status}
      data-removed={removed}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="host-run-header">
        <h2 id="opened-run-title" className="host-run-heading">
          <span className="host-run-eyebrow">
            {ambient ? 'Opened run' : 'Opened conversation'} <span className="host-run-id">{item.id}</span>
          </span>{' '}
          <span className="host-run-title" dir="auto">
            {item.title}
          </span>
        </h2>
        <button type="button" className="host-run-close" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          <CloseIcon />
        </button>
      </header>

      {/* Always in the document, so that what it comes to say is announced; empty, it takes no room. */}
      <div className="host-run-live" role="status">
        {removed ? (
          <p className="host-run-notice">
            <GoneIcon />
            <span>
              <strong>
                This {ambient ? 'run' : 'conversation'} {REMOVED_TEXT[removed]}.
              </strong>{' '}
              It is shown as it was last.
            </span>
          </p>
        ) : null}
      </div>

      <div className="host-run-status">
        <StatusBadge status={item.status} detail={item.statusDetail} rawStatus={item.rawStatus} />
        {shows(item.statusDetail) ? (
          <p className="host-run-detail" dir="auto">
            {item.statusDetail}
          </p>
        ) : null}
      </div>

      {ambient && sessionUrl && !sessionGone && !removed ? (
        <a className="host-run-session" href={sessionUrl} target="_blank" rel="noopener noreferrer">
          Open session
          <ExternalIcon />
          <span className="host-visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : null}

      <dl className="host-run-fields">
        <dt>Source</dt>
        <dd>
          <SourceBadge source={item.source} className="host-run-source" />
        </dd>
        <dt>Created by</dt>
        <dd className="host-run-person">
          <Avatar person={item.creator} size={20} decorative />
          <span dir="auto">{item.creator.name}</span>
        </dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={item.createdAt.toISOString()} title={formatFullDate(item.createdAt)}>
            {formatCreatedAt(item.createdAt)}
          </time>
        </dd>
        {ambient ? (
          <>
            <dt>Duration</dt>
            <dd className="host-run-number" data-testid="opened-run-duration">
              {formatDuration(getDurationMs(item, now))}
            </dd>
          </>
        ) : null}
        {ambient && item.endedAt ? (
          <>
            <dt>Ended</dt>
            <dd>
              <time dateTime={item.endedAt.toISOString()} title={formatFullDate(item.endedAt)}>
                {formatCreatedAt(item.endedAt)}
              </time>
            </dd>
          </>
        ) : null}
        <dt>Credits</dt>
        <dd className="host-run-number">{formatCredits(item.credits)}</dd>
        {ambient && (sessionGone || !sessionUrl) ? (
          <>
            <dt>Session</dt>
            <dd className="host-run-muted">{sessionGone ? SESSION_STATE_TEXT[sessionGone] : 'No shared session'}</dd>
          </>
        ) : null}
        {!ambient && shows(item.conversationId) ? (
          <>
            <dt>Conversation</dt>
            <dd className="host-run-id">{item.conversationId}</dd>
          </>
        ) : null}
      </dl>
    </aside>
  );
}

function App() {
  const url = useUrlFilters();
  const [opened, setOpened] = useState<AgentItem | null>(null);
  const run = useFollowedRun(opened);
  const close = useCallback(() => setOpened(null), []);
  const sheet = useMediaQuery(SHEET_QUERY) && opened !== null;
  const viewRef = useRef<HTMLElement>(null);
  // The row (or its title link) a click or Enter opened the panel from, taken before the page under a
  // phone-width sheet turns inert.
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback((item: AgentItem) => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && !active.closest('[data-testid="opened-run"]')) opener.current = active;
    setOpened(item);
  }, []);
  // That row, or when it is gone (paged out, removed live) the list's tab stop, else the view itself.
  const returnFocusTo = useCallback(() => {
    const view = viewRef.current;
    // The list reuses row elements for other runs, and its tab stop follows the run: the opener is
    // still that run's while its row holds the tab stop.
    const row = opener.current?.closest('[role="row"]');
    if (opener.current?.isConnected && view?.contains(opener.current) && row?.getAttribute('tabindex') === '0')
      return opener.current;
    return view?.querySelector<HTMLElement>('[role="row"][tabindex="0"]') ?? view;
  }, []);
  return (
    <AgentboardRoot className="host" colorScheme="system">
      <header className="host-header" inert={sheet}>
        <div className="host-brand">
          <span className="host-mark" aria-hidden="true">
            A
          </span>
          <h1>
            Acme <span aria-hidden="true">·</span> Agents
          </h1>
        </div>
        <p className="host-account">
          <span className="host-account-label">Signed in as</span>
          <Avatar person={VIEWER} size={24} decorative />
          <span className="host-account-name">{VIEWER.name}</span>
        </p>
      </header>
      <div className="host-main">
        <main className="host-view" ref={viewRef} tabIndex={-1} inert={sheet}>
          <AgentManagementView
            dataSource={runs.dataSource}
            onDataIssues={reportIssues}
            viewerId={VIEWER_ID}
            colorScheme="system"
            tab={url.tab}
            onTabChange={url.setTab}
            filters={url.filters}
            onFiltersChange={url.setFilters}
            // "Show details" or `i` on a row opens the panel; item= in the URL, so Back closes it
            // and a link opens it.
            details={url.details}
            onDetailsChange={url.setDetails}
            onOpenRun={open}
            onOpenConversation={open}
            // The data source's action() sends these to POST /api/agents/actions; the API decides
            // who may do what (only the creator deletes; GitHub Actions runs are canceled in GitHub).
            actions={['cancel', 'retry', 'copy_link', 'archive', 'delete']}
          />
        </main>
        {/* Keyed by item: another row opens a fresh panel, which takes focus and remembers that row; the
            same run changing live updates this one in place. */}
        {run ? <OpenedRun key={run.item.id} run={run} onClose={close} returnFocusTo={returnFocusTo} /> : null}
      </div>
    </AgentboardRoot>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
