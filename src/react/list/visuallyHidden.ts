import type { CSSProperties } from 'react';

/**
 * Text for screen readers only. Inline (not a stylesheet class) on purpose: with `unstyled`, or
 * before the stylesheet loads, this text must still stay invisible.
 */
export const visuallyHidden: CSSProperties = {
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
