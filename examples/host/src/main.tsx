/**
 * The reference host: agentboard's management view over the example API (SQLite, 100,000 items),
 * with live updates from the stream, the view's state in the URL, and a panel showing the run a row
 * opened. It imports the built package only ('agentboard' → ../../dist, see vite.config.ts).
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AgentManagementView, createFetchDataSource, useUrlFilters, type AgentItem, type ParseIssue } from 'agentboard';
import 'agentboard/styles.css';
import './app.css';

const VIEWER_ID = 'u_me';

// Created once, at module scope: the view keeps using the data source it first got.
// The example's stand-in for a session: the API reads the viewer from this header (never from the URL).
const dataSource = createFetchDataSource({
  url: '/api/agents',
  streamUrl: '/api/agents/stream',
  actionUrl: '/api/agents/actions',
  headers: { authorization: `Bearer ${VIEWER_ID}` },
});

function reportIssues(issues: ParseIssue[]) {
  for (const issue of issues)
    console.warn(`[agents api] item ${issue.id ?? issue.index}: ${issue.path} ${issue.message}`);
}

function OpenedRun({ item, onClose }: { item: AgentItem; onClose: () => void }) {
  return (
    <aside className="host-run" aria-labelledby="opened-run-title" data-testid="opened-run">
      <h2 id="opened-run-title">
        {item.kind === 'ambient' ? 'Opened run' : 'Opened conversation'} {item.id}
      </h2>
      <dl>
        <dt>Title</dt>
        <dd>{item.title}</dd>
        <dt>Status</dt>
        <dd>{item.rawStatus}</dd>
        {item.statusDetail ? (
          <>
            <dt>Detail</dt>
            <dd>{item.statusDetail}</dd>
          </>
        ) : null}
        <dt>Creator</dt>
        <dd>{item.creator.name}</dd>
        {item.sessionUrl ? (
          <>
            <dt>Session</dt>
            <dd>{item.sessionUrl}</dd>
          </>
        ) : null}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}

function App() {
  const url = useUrlFilters();
  const [opened, setOpened] = useState<AgentItem | null>(null);
  const close = useCallback(() => setOpened(null), []);
  return (
    <div className="host">
      <header className="host-header">
        <h1>Acme · Agents</h1>
        <span>Signed in as Alex Morgan</span>
      </header>
      <div className="host-main">
        <main className="host-view">
          <AgentManagementView
            dataSource={dataSource}
            onDataIssues={reportIssues}
            viewerId={VIEWER_ID}
            tab={url.tab}
            onTabChange={url.setTab}
            filters={url.filters}
            onFiltersChange={url.setFilters}
            // "Show details" or `i` on a row opens the panel; item= in the URL, so Back closes it
            // and a link opens it.
            details={url.details}
            onDetailsChange={url.setDetails}
            onOpenRun={setOpened}
            onOpenConversation={setOpened}
            // The data source's action() sends these to POST /api/agents/actions; the API decides
            // who may do what (only the creator deletes; GitHub Actions runs are canceled in GitHub).
            actions={['cancel', 'retry', 'copy_link', 'archive', 'delete']}
          />
        </main>
        {opened ? <OpenedRun item={opened} onClose={close} /> : null}
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
