import type { ActionConfirmInput, AgentActionLabels } from '../../react/root/action-labels';
import { pluralFor } from '../plural';

// The German row actions, confirmation, bulk toolbar and toasts (`AgentActionLabels`), spread into
// `de` last by ../de.ts, whose notes on tone apply here too.
const plural = pluralFor('de');
const runs = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'Lauf', other: 'Läufe' })}`;
const subject = (i: ActionConfirmInput): string =>
  i.count === 1 && i.title ? `„${i.title}“` : runs(i.count, i.formatted);
const isOne = (i: ActionConfirmInput): boolean => plural(i.count, { one: 'one', other: 'other' }) === 'one';

// German puts the verb last ("3 Läufe löschen?"), so built-in actions carry their infinitive and
// participle; a host's custom action keeps its label in front.
const INFINITIVE: Record<string, string> = {
  cancel: 'abbrechen',
  retry: 'wiederholen',
  share: 'teilen',
  rename: 'umbenennen',
  fork_locally: 'lokal forken',
  archive: 'archivieren',
  delete: 'löschen',
};
const PARTICIPLE: Record<string, string> = {
  cancel: 'abgebrochen',
  retry: 'wiederholt',
  share: 'geteilt',
  rename: 'umbenannt',
  fork_locally: 'lokal geforkt',
  archive: 'archiviert',
  delete: 'gelöscht',
};

/** The German strings of the row actions, the confirmation, the bulk toolbar and the action toasts. */
export const deActions: AgentActionLabels = {
  actions: {
    cancel: 'Abbrechen',
    retry: 'Wiederholen',
    copy_link: 'Link kopieren',
    share: 'Teilen',
    rename: 'Umbenennen',
    fork_locally: 'Lokal forken',
    archive: 'Archivieren',
    delete: 'Löschen',
  },
  showDetails: 'Details anzeigen',
  actionsFor: (title) => `Aktionen für ${title}`,
  destructiveDescription: 'Kann nicht rückgängig gemacht werden',
  confirmTitle: (i) => (INFINITIVE[i.action] ? `${subject(i)} ${INFINITIVE[i.action]}?` : `${i.label}: ${subject(i)}?`),
  confirmDescription: (i) => {
    if (i.action === 'delete')
      return isOne(i)
        ? 'Er wird für alle entfernt, und seine geteilte Sitzung ist nicht mehr verfügbar.'
        : 'Sie werden für alle entfernt, und ihre geteilten Sitzungen sind nicht mehr verfügbar.';
    if (i.action === 'archive')
      return isOne(i)
        ? 'Er verschwindet aus der Liste; du kannst ihn später wiederherstellen.'
        : 'Sie verschwinden aus der Liste; du kannst sie später wiederherstellen.';
    if (i.action === 'cancel')
      return isOne(i)
        ? 'Er stoppt an der aktuellen Stelle; seine bisherige Arbeit bleibt erhalten.'
        : 'Sie stoppen an der aktuellen Stelle; ihre bisherige Arbeit bleibt erhalten.';
    return `Das betrifft ${runs(i.count, i.formatted)}.`;
  },
  confirmButton: (i) => (i.action === 'cancel' ? (isOne(i) ? 'Lauf abbrechen' : 'Läufe abbrechen') : i.label),
  confirmDismiss: (i) => (i.action === 'cancel' ? 'Weiterlaufen lassen' : 'Behalten'),
  actionDone: (i) =>
    PARTICIPLE[i.action]
      ? `${subject(i)} ${PARTICIPLE[i.action]}`
      : `${i.label}: erledigt für ${runs(i.count, i.formatted)}`,
  actionFailed: (i) =>
    PARTICIPLE[i.action]
      ? `${runs(i.count, i.formatted)} ${isOne(i) ? 'konnte' : 'konnten'} nicht ${PARTICIPLE[i.action]} werden: ${i.reasons}`
      : `${i.label}: fehlgeschlagen für ${runs(i.count, i.formatted)}: ${i.reasons}`,
  actionStopped: (i) => `${i.label} gestoppt`,
  undo: 'Rückgängig',
  undone: 'Rückgängig gemacht',
  retryAction: 'Erneut versuchen',
  linkCopied: 'Link kopiert',
  copyFailed: 'Link konnte nicht kopiert werden',
  bulkActions: 'Mehrfachaktionen',
  selectedCount: (_count, formatted) => `${formatted} ausgewählt`,
  bulkAction: (label, count, of, f) => (count === of ? label : `${label} (${f.count} von ${f.of})`),
  selectAllMatching: (_total, formatted) => `Alle ${formatted} Treffer auswählen`,
  clearSelection: 'Auswahl aufheben',
  stop: 'Stoppen',
  selectRow: (title) => `${title} auswählen`,
  selectAll: 'Alle auswählen',
  actionsColumn: 'Aktionen',
  notifications: 'Benachrichtigungen',
  dismiss: 'Schließen',
  selectionPruned: (count, formatted) =>
    plural(count, {
      one: `${formatted} ausgewählter Lauf ist nicht mehr in der Liste`,
      other: `${formatted} ausgewählte Läufe sind nicht mehr in der Liste`,
    }),
};
