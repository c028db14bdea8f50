import { clsx } from 'clsx';

/** The pulsing "live" dot. Decorative: the text next to it or a description carries the meaning. */
export function LiveDot({ className }: { className?: string }) {
  return <span className={clsx('ab-live-dot', className)} aria-hidden="true" data-live="" />;
}
