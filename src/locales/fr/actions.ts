import type { ActionConfirmInput, AgentActionLabels } from '../../react/root/action-labels';
import { pluralFor } from '../plural';

// The French row actions, confirmation, bulk toolbar and toasts (`AgentActionLabels`), spread into
// `fr` last by ../fr.ts, whose notes on tone apply here too.
const plural = pluralFor('fr');
const NBSP = '\u00a0';
const runs = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'exécution', other: 'exécutions', many: 'd’exécutions' })}`;
const subject = (i: ActionConfirmInput): string =>
  i.count === 1 && i.title ? `«${NBSP}${i.title}${NBSP}»` : runs(i.count, i.formatted);
const isOne = (i: ActionConfirmInput): boolean => plural(i.count, { one: 'one', other: 'other' }) === 'one';

const INFINITIVE: Record<string, string> = {
  cancel: 'annuler',
  retry: 'relancer',
  share: 'partager',
  rename: 'renommer',
  fork_locally: 'forker en local',
  archive: 'archiver',
  delete: 'supprimer',
};
// Every built-in verb is a first-group verb, so its participle is regular; feminine, as an exécution is.
const participle = (verb: string, i: ActionConfirmInput): string => verb.replace(/er\b/, isOne(i) ? 'ée' : 'ées');
const impossible = (verb: string): string =>
  /^[aeéiouh]/.test(verb) ? `Impossible d’${verb}` : `Impossible de ${verb}`;

/** The French strings of the row actions, the confirmation, the bulk toolbar and the action toasts. */
export const frActions: AgentActionLabels = {
  actions: {
    cancel: 'Annuler',
    retry: 'Relancer',
    copy_link: 'Copier le lien',
    share: 'Partager',
    rename: 'Renommer',
    fork_locally: 'Forker en local',
    archive: 'Archiver',
    delete: 'Supprimer',
  },
  showDetails: 'Afficher les détails',
  actionsFor: (title) => `Actions pour ${title}`,
  destructiveDescription: 'Action irréversible',
  confirmTitle: (i) => `${i.label}${INFINITIVE[i.action] ? '' : NBSP + ':'} ${subject(i)}${NBSP}?`,
  confirmDescription: (i) => {
    if (i.action === 'delete')
      return isOne(i)
        ? 'Elle est supprimée pour tout le monde et sa session partagée ne sera plus disponible.'
        : 'Elles sont supprimées pour tout le monde et leurs sessions partagées ne seront plus disponibles.';
    if (i.action === 'archive')
      return isOne(i)
        ? 'Elle quitte la liste\u00a0; vous pourrez la restaurer plus tard.'
        : 'Elles quittent la liste\u00a0; vous pourrez les restaurer plus tard.';
    if (i.action === 'cancel')
      return isOne(i)
        ? 'Elle s’arrête là où elle en est\u00a0; le travail déjà fait est conservé.'
        : 'Elles s’arrêtent là où elles en sont\u00a0; le travail déjà fait est conservé.';
    return `Cela concerne ${runs(i.count, i.formatted)}.`;
  },
  confirmButton: (i) =>
    i.action === 'cancel' ? (isOne(i) ? 'Annuler l’exécution' : 'Annuler les exécutions') : i.label,
  confirmDismiss: (i) => (i.action === 'cancel' ? 'Laisser continuer' : 'Conserver'),
  actionDone: (i) => {
    const verb = INFINITIVE[i.action];
    return verb
      ? `${subject(i)} ${participle(verb, i)}`
      : `${i.label}${NBSP}: terminé pour ${runs(i.count, i.formatted)}`;
  },
  actionFailed: (i) => {
    const verb = INFINITIVE[i.action];
    return verb
      ? `${impossible(verb)} ${runs(i.count, i.formatted)}${NBSP}: ${i.reasons}`
      : `${i.label}${NBSP}: échec pour ${runs(i.count, i.formatted)}${NBSP}: ${i.reasons}`;
  },
  actionStopped: (i) => `${i.label}${NBSP}: interrompu`,
  // "Annuler" already names the cancel action; the undo button says what it undoes.
  undo: 'Annuler l’action',
  undone: 'Action annulée',
  retryAction: 'Réessayer',
  linkCopied: 'Lien copié',
  copyFailed: 'Impossible de copier le lien',
  bulkActions: 'Actions groupées',
  selectedCount: (count, formatted) => `${formatted} ${plural(count, { one: 'sélectionné', other: 'sélectionnés' })}`,
  bulkAction: (label, count, of, f) => (count === of ? label : `${label} (${f.count} sur ${f.of})`),
  selectAllMatching: (_total, formatted) => `Sélectionner les ${formatted} résultats`,
  clearSelection: 'Effacer la sélection',
  stop: 'Arrêter',
  selectRow: (title) => `Sélectionner ${title}`,
  selectAll: 'Tout sélectionner',
  actionsColumn: 'Actions',
  notifications: 'Notifications',
  dismiss: 'Fermer',
  selectionPruned: (count, formatted) =>
    plural(count, {
      one: `${formatted} exécution sélectionnée a quitté la liste`,
      other: `${runs(count, formatted)} sélectionnées ont quitté la liste`,
    }),
};
