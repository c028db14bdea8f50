import type { ActionConfirmInput, AgentActionLabels } from '../../react/root/action-labels';
import { pluralFor } from '../plural';

// The Spanish row actions, confirmation, bulk toolbar and toasts (`AgentActionLabels`), spread into
// `es` last by ../es.ts, whose notes on tone apply here too.
const plural = pluralFor('es');
const runs = (count: number, formatted: string): string =>
  `${formatted} ${plural(count, { one: 'ejecución', other: 'ejecuciones', many: 'de ejecuciones' })}`;
const subject = (i: ActionConfirmInput): string =>
  i.count === 1 && i.title ? `“${i.title}”` : runs(i.count, i.formatted);
const isOne = (i: ActionConfirmInput): boolean => plural(i.count, { one: 'one', other: 'other' }) === 'one';

// Per action: the infinitive ("No se pudieron eliminar 3…" agrees with the runs; a verb ending in
// "de" has its own object: "No se pudo") and the feminine singular and plural participle (an ejecución).
const VERBS: Record<string, [infinitive: string, one: string, other: string]> = {
  cancel: ['cancelar', 'cancelada', 'canceladas'],
  retry: ['reintentar', 'reintentada', 'reintentadas'],
  share: ['compartir', 'compartida', 'compartidas'],
  rename: ['cambiar el nombre de', 'renombrada', 'renombradas'],
  fork_locally: ['hacer un fork local de', 'con fork local', 'con fork local'],
  archive: ['archivar', 'archivada', 'archivadas'],
  delete: ['eliminar', 'eliminada', 'eliminadas'],
};
const INFINITIVE = (action: string): string | undefined => VERBS[action]?.[0];
const PARTICIPLE = (action: string): [string, string] | undefined => {
  const verb = VERBS[action];
  return verb && [verb[1], verb[2]];
};
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The Spanish strings of the row actions, the confirmation, the bulk toolbar and the action toasts. */
export const esActions: AgentActionLabels = {
  actions: {
    cancel: 'Cancelar',
    retry: 'Reintentar',
    copy_link: 'Copiar enlace',
    share: 'Compartir',
    rename: 'Cambiar nombre',
    fork_locally: 'Hacer fork local',
    archive: 'Archivar',
    delete: 'Eliminar',
  },
  showDetails: 'Ver detalles',
  actionsFor: (title) => `Acciones de ${title}`,
  destructiveDescription: 'No se puede deshacer',
  confirmTitle: (i) => {
    const verb = INFINITIVE(i.action);
    return verb ? `¿${capitalize(verb)} ${subject(i)}?` : `¿${i.label}: ${subject(i)}?`;
  },
  confirmDescription: (i) => {
    if (i.action === 'delete')
      return isOne(i)
        ? 'Se elimina para todos y su sesión compartida deja de estar disponible.'
        : 'Se eliminan para todos y sus sesiones compartidas dejan de estar disponibles.';
    if (i.action === 'archive')
      return isOne(i)
        ? 'Sale de la lista; puedes restaurarla más tarde.'
        : 'Salen de la lista; puedes restaurarlas más tarde.';
    if (i.action === 'cancel')
      return isOne(i)
        ? 'Se detiene donde está; se conserva el trabajo hecho hasta ahora.'
        : 'Se detienen donde están; se conserva el trabajo hecho hasta ahora.';
    return `Afecta a ${runs(i.count, i.formatted)}.`;
  },
  confirmButton: (i) => (i.action === 'cancel' ? (isOne(i) ? 'Cancelar ejecución' : 'Cancelar ejecuciones') : i.label),
  confirmDismiss: (i) => (i.action === 'cancel' ? 'Seguir ejecutando' : 'Mantener'),
  actionDone: (i) => {
    const participle = PARTICIPLE(i.action);
    return participle
      ? `${subject(i)} ${isOne(i) ? participle[0] : participle[1]}`
      : `${i.label}: hecho para ${runs(i.count, i.formatted)}`;
  },
  actionFailed: (i) => {
    const verb = INFINITIVE(i.action);
    return verb
      ? `No se ${isOne(i) || verb.endsWith(' de') ? 'pudo' : 'pudieron'} ${verb} ${runs(i.count, i.formatted)}: ${i.reasons}`
      : `${i.label}: falló para ${runs(i.count, i.formatted)}: ${i.reasons}`;
  },
  actionStopped: (i) => `${i.label}: detenido`,
  undo: 'Deshacer',
  undone: 'Deshecho',
  retryAction: 'Reintentar',
  linkCopied: 'Enlace copiado',
  copyFailed: 'No se pudo copiar el enlace',
  bulkActions: 'Acciones en bloque',
  selectedCount: (count, formatted) => `${formatted} ${plural(count, { one: 'seleccionado', other: 'seleccionados' })}`,
  bulkAction: (label, count, of, f) => (count === of ? label : `${label} (${f.count} de ${f.of})`),
  selectAllMatching: (_total, formatted) => `Seleccionar los ${formatted} resultados`,
  clearSelection: 'Borrar selección',
  stop: 'Detener',
  selectRow: (title) => `Seleccionar ${title}`,
  selectAll: 'Seleccionar todo',
  actionsColumn: 'Acciones',
  notifications: 'Notificaciones',
  dismiss: 'Cerrar',
  selectionPruned: (count, formatted) =>
    plural(count, {
      one: `${formatted} ejecución seleccionada salió de la lista`,
      other: `${runs(count, formatted)} seleccionadas salieron de la lista`,
    }),
};
