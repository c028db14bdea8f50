import { describe, expect, test } from 'vitest';
import { defaultActionLabels, defaultLabels, type ActionConfirmInput } from '../../../src/index';
import { de } from '../../../src/locales/de';
import { es } from '../../../src/locales/es';
import { fr } from '../../../src/locales/fr';
import { ja } from '../../../src/locales/ja';

const english = { ...defaultLabels, ...defaultActionLabels };
type Labels = typeof english;
const LOCALES = { de, fr, es, ja } satisfies Record<string, Labels>;
const COUNTS = [0, 1, 2, 5, 21];

type FunctionKey = { [K in keyof Labels]: Labels[K] extends (...args: never[]) => unknown ? K : never }[keyof Labels];

// Markers stand in for every value a label receives, so a placeholder the English string keeps
// must survive in each translation.
const formatted = (n: number): string => `#${n}`;
const ACTIONS = ['cancel', 'retry', 'copy_link', 'share', 'rename', 'fork_locally', 'archive', 'delete', 'open_pr'];
const confirmInputs = (n: number): ActionConfirmInput[] =>
  ACTIONS.flatMap((action) => [
    { action, label: `LABEL_${action}`, count: n, formatted: formatted(n) },
    ...(n === 1 ? [{ action, label: `LABEL_${action}`, count: 1, formatted: '#1', title: 'TITLE' }] : []),
  ]);
const STATUSES = ['working', 'blocked', 'canceled', 'failed', 'success'] as const;

/** Every call each function-valued label gets, for one count (a key missing here fails typecheck). */
const CALLS: Record<FunctionKey, (n: number) => unknown[][]> = {
  sortAscending: () => [['COLUMN']],
  sortDescending: () => [['COLUMN']],
  rowCount: (n) => [[n, formatted(n)]],
  tabDescription: (n) => [
    [n, 0, { count: formatted(n), running: '#0' }],
    [n, n, { count: formatted(n), running: `#r${n}` }],
  ],
  filterWithCount: (n) => [[n, formatted(n)]],
  chipDay: () => [['DAYKEY']],
  chipRange: () => [['FROM', 'UNTIL']],
  removeChip: () => [['FIELD', 'VALUE']],
  summaryCreditsUnknown: () => [['LABEL']],
  pinnedToggle: (n) => [['TITLE', n, formatted(n)]],
  pinnedShowAll: (n) => [[n, formatted(n)]],
  pinnedShowInList: (n) => [[n, formatted(n)]],
  resultCount: (n) => [[n, formatted(n)]],
  sortedAscending: () => [['COLUMN']],
  sortedDescending: () => [['COLUMN']],
  showingCount: (n) => [[n, n + 100, { shown: formatted(n), total: `#t${n}` }]],
  showingCountPartial: (n) => [[n, n + 100, { shown: formatted(n), total: `#t${n}` }]],
  noSearchMatchTitle: () => [['QUERY']],
  noSearchAndFilterMatchTitle: () => [['QUERY']],
  newItems: (n) => [[n, formatted(n)]],
  leftFilter: (n) => [[n, formatted(n)]],
  hideLeftFilter: (n) => [[n, formatted(n)]],
  partialSource: () => [['SOURCE', 'MESSAGE']],
  pullRequest: () => [['TITLE'], ['']],
  copyBranch: () => [['BRANCH']],
  branchCopied: () => [['BRANCH']],
  branchCopyFailed: () => [['BRANCH']],
  artifactName: () => [
    ['TYPE', 'TITLE'],
    ['TYPE', undefined],
  ],
  moreArtifacts: (n) => [[n, formatted(n)]],
  moreArtifactsName: (n) => [[n, formatted(n)]],
  showSubRuns: (n) => [[n, formatted(n)]],
  subRunCount: (n) => STATUSES.map((status) => [status, n, formatted(n)]),
  subRunsFailedWarning: (n) => [[n, formatted(n)]],
  subRunOf: () => [['PARENT']],
  errorWithCode: () => [['MESSAGE', 'CODE']],
  actionsFor: () => [['TITLE']],
  selectRow: () => [['TITLE']],
  confirmTitle: (n) => confirmInputs(n).map((i) => [i]),
  confirmDescription: (n) => confirmInputs(n).map((i) => [i]),
  confirmButton: (n) => confirmInputs(n).map((i) => [i]),
  confirmDismiss: (n) => confirmInputs(n).map((i) => [i]),
  actionDone: (n) => confirmInputs(n).map((i) => [i]),
  actionFailed: (n) => confirmInputs(n).map((i) => [{ ...i, reasons: 'REASONS' }]),
  actionStopped: (n) => confirmInputs(n).map((i) => [i]),
  selectedCount: (n) => [[n, formatted(n)]],
  bulkAction: (n) => [
    ['LABEL', n, n, { count: formatted(n), of: formatted(n) }],
    ['LABEL', n, n + 3, { count: formatted(n), of: `#of${n + 3}` }],
  ],
  selectAllMatching: (n) => [[n, formatted(n)]],
  selectionPruned: (n) => [[n, formatted(n)]],
};

const MARKER = /#[a-z]*\d+|[A-Z]{4,}(?:_[a-z_]+)?/g;
// Where a language needs the verb in another form than the menu item's label ("3 Läufe löschen?"),
// a built-in action's sentence may use its own verb; a custom action's label must still appear.
const OWN_VERB: ReadonlySet<string> = new Set(['confirmTitle', 'actionDone', 'actionFailed']);
const keeps = (key: string, marker: string): boolean =>
  !(OWN_VERB.has(key) && marker.startsWith('LABEL_') && marker !== 'LABEL_open_pr');

describe.each(Object.entries(LOCALES))('locale %s', (_name, labels: Labels) => {
  test('has exactly the keys of the English set, nested records included', () => {
    expect(Object.keys(labels).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english) as (keyof Labels)[]) {
      const value = english[key];
      expect(typeof labels[key], key).toBe(typeof value);
      if (value && typeof value === 'object') {
        expect(Object.keys(labels[key] as object).sort(), key).toEqual(Object.keys(value).sort());
      }
    }
  });

  test('every plain string is translated text, not empty', () => {
    for (const [key, value] of Object.entries(labels)) {
      const strings =
        typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value) : [];
      for (const s of strings) expect(String(s).trim().length, key).toBeGreaterThan(0);
    }
  });

  test.each(COUNTS)('every function-valued label gives a non-empty string keeping the placeholders, for %i', (n) => {
    for (const key of Object.keys(CALLS) as FunctionKey[]) {
      for (const args of CALLS[key](n)) {
        const call = (set: Labels) => (set[key] as (...a: unknown[]) => unknown)(...args);
        const out = call(labels);
        expect(typeof out, key).toBe('string');
        expect((out as string).trim().length, key).toBeGreaterThan(0);
        for (const marker of String(call(english)).match(MARKER) ?? []) {
          if (keeps(key, marker)) expect(out, `${key} keeps ${marker}`).toContain(marker);
        }
      }
    }
  });
});

describe.each(Object.entries({ en: english, ...LOCALES }))('locale %s: announcements', (_name, labels: Labels) => {
  test.each(COUNTS)("the announced result count uses the grid's noun (rowCount), for %i", (n) => {
    expect(labels.resultCount(n, formatted(n))).toBe(labels.rowCount(n, formatted(n)));
  });

  test('the Needs you disclosure is named by its visible title first, and differs from the summary toggle', () => {
    const name = labels.pinnedToggle(labels.pinnedTitle, 2, '2');
    // Label in Name (2.5.3): the button shows the title, then the count.
    expect(name.replace(/[,、]/g, '')).toContain(`${labels.pinnedTitle} 2`);
    expect(name).not.toBe(`${labels.summaryBlocked} 2`);
  });

  test('a sort says its column and its direction, ascending and descending differ', () => {
    expect(labels.sortedAscending('COLUMN')).toContain('COLUMN');
    expect(labels.sortedDescending('COLUMN')).toContain('COLUMN');
    expect(labels.sortedAscending('COLUMN')).not.toBe(labels.sortedDescending('COLUMN'));
    // A past participle, not the sort button's own "Sort by …" hint.
    expect(labels.sortedAscending('COLUMN')).not.toBe(labels.sortAscending('COLUMN'));
  });
});

test('CALLS covers every function-valued label of the English set', () => {
  const functions = Object.entries(english)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k)
    .sort();
  expect(Object.keys(CALLS).sort()).toEqual(functions);
});

test('plural forms follow each language: French counts 0 as singular and says "d’" for millions', () => {
  expect(fr.rowCount(0, '0')).toBe('0 exécution d’agent');
  expect(fr.rowCount(2, '2')).toBe('2 exécutions d’agents');
  expect(fr.rowCount(1_000_000, '1 000 000')).toBe('1 000 000 d’exécutions d’agents');
  expect(de.rowCount(0, '0')).toBe('0 Agentenläufe');
  expect(de.rowCount(1, '1')).toBe('1 Agentenlauf');
  expect(es.rowCount(1, '1')).toBe('1 ejecución de agente');
  expect(es.rowCount(21, '21')).toBe('21 ejecuciones de agentes');
});
