import { clsx } from 'clsx';
import { forwardRef, memo, useState, type CSSProperties, type HTMLAttributes } from 'react';
import { sanitizeUrl } from '../../core/safe-url';
import type { AgentPerson } from '../../core/types';
import { withDisplayName } from '../shared';

export interface AvatarProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  person: AgentPerson;
  /** Pixel size; default 20. */
  size?: number;
  /** Hide from assistive technology when the name is shown next to it. */
  decorative?: boolean;
  className?: string;
}

const WHITESPACE = /\s+/u;

/** Up to two initials, by code point so emoji and astral letters are not split. */
export function getInitials(name: string): string {
  const words = String(name ?? '')
    .trim()
    .split(WHITESPACE)
    .filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0] as string)[0] ?? '';
  const last = words.length > 1 ? (Array.from(words[words.length - 1] as string)[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

/** A stable hue (0–359) from an id, so a person keeps their colour across renders and sessions. */
export function getAvatarHue(id: string): number {
  const s = String(id ?? '');
  let hash = 0;
  for (let i = 0; i < s.length; i += 1) hash = (Math.imul(hash, 31) + s.charCodeAt(i)) | 0;
  return Math.abs(hash) % 360;
}

/**
 * A person's picture, or their initials on a colour derived from their id. The picture is used only
 * when its URL is http(s) or relative, and falls back to the initials if it fails to load.
 *
 * Data attributes: `data-state` (`image` | `initials`). The ref and any other `span` attribute go
 * to the outer element; a `style` merges with the avatar's own variables.
 *
 * @example <Avatar person={{ id: 'u_1', name: 'Ada Lovelace' }} />
 */
export const Avatar = withDisplayName(
  /* @__PURE__ */ memo(
    /* @__PURE__ */ forwardRef<HTMLSpanElement, AvatarProps>(function Avatar(
      { person, size = 20, decorative = false, className, style: styleProp, ...rest },
      ref,
    ) {
      const url = sanitizeUrl(person?.avatarUrl);
      const [failedUrl, setFailedUrl] = useState<string | undefined>(undefined);
      const name = typeof person?.name === 'string' ? person.name : '';
      const showImage = url !== undefined && failedUrl !== url;
      const style = {
        ...styleProp,
        '--ab-avatar-hue': String(getAvatarHue(person?.id)),
        '--ab-avatar-size': `${size}px`,
      } as CSSProperties;
      const a11y = decorative ? { 'aria-hidden': true as const } : { role: 'img' as const, 'aria-label': name };
      return (
        <span
          data-state={showImage ? 'image' : 'initials'}
          title={decorative ? undefined : name}
          {...rest}
          ref={ref}
          className={clsx('ab-avatar', className)}
          style={style}
          // Named by the person (or hidden beside a visible name): a host prop must not leave an unnamed
          // image or announce the name twice.
          {...a11y}
        >
          {showImage ? (
            // Keyed by its address: a list row reused for another person never shows the last one's
            // picture while the new one loads.
            <img
              key={url}
              src={url}
              alt=""
              width={size}
              height={size}
              loading="lazy"
              decoding="async"
              referrerPolicy="no-referrer"
              onError={() => setFailedUrl(url)}
            />
          ) : (
            <span className="ab-avatar-initials" aria-hidden="true">
              {getInitials(name)}
            </span>
          )}
        </span>
      );
    }),
  ),
  'Avatar',
);
