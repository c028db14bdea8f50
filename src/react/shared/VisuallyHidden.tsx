import { clsx } from 'clsx';
import { forwardRef, type CSSProperties, type HTMLAttributes } from 'react';

/**
 * Inline rather than left to the stylesheet: with `unstyled`, or before the stylesheet loads, this
 * text must still stay invisible.
 */
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

export type VisuallyHiddenProps = HTMLAttributes<HTMLSpanElement>;

/**
 * Text for screen readers only: a `span` that takes no room and shows nothing, but is read. The one
 * way every part hides text (a live region, a column's "Not applicable", a label before a number).
 * It carries the `ab-visually-hidden` class as a hook for tests and hosts; the hiding itself is
 * inline. The ref and any other `span` attribute are passed through.
 *
 * @example
 * ```tsx
 * <VisuallyHidden role="status" aria-live="polite">{announcement}</VisuallyHidden>
 * ```
 */
export const VisuallyHidden = forwardRef<HTMLSpanElement, VisuallyHiddenProps>(function VisuallyHidden(
  { className, style, ...rest },
  ref,
) {
  return <span {...rest} ref={ref} className={clsx('ab-visually-hidden', className)} style={{ ...HIDDEN, ...style }} />;
});
VisuallyHidden.displayName = 'VisuallyHidden';
