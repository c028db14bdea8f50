import type { ReactElement, ReactNode, SVGProps } from 'react';
import type { AgentStatus } from '../core/types';

/**
 * Small inline icons (16×16, stroked with `currentColor`). Each status and each built-in source has a
 * distinct *shape*, so nothing relies on colour alone. Icons are always decorative: the text next to
 * them carries the meaning, so they are `aria-hidden` and not focusable.
 */
export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

function Svg({ className, ...props }: IconProps & { children: ReactNode }): ReactElement {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className ? `ab-icon ${className}` : 'ab-icon'}
      {...props}
    />
  );
}

// ---- statuses -------------------------------------------------------------------------------

/** Working: a three-quarter arc that spins (static under `prefers-reduced-motion`). */
export function WorkingIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props} className="ab-icon-spin">
      <circle cx="8" cy="8" r="5.75" opacity="0.25" />
      <path d="M8 2.25a5.75 5.75 0 0 1 5.75 5.75" />
    </Svg>
  );
}

/** Blocked: a pause sign in a circle (waiting on someone). */
export function BlockedIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M6.5 5.75v4.5M9.5 5.75v4.5" />
    </Svg>
  );
}

/** Canceled: a slashed circle. */
export function CanceledIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M3.95 12.05l8.1-8.1" />
    </Svg>
  );
}

/** Failed: an x in a circle. */
export function FailedIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M6 6l4 4M10 6l-4 4" />
    </Svg>
  );
}

/** Success: a check in a circle. */
export function SuccessIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M5.5 8.25l1.75 1.75 3.25-3.75" />
    </Svg>
  );
}

export const STATUS_ICONS: Record<AgentStatus, (props: IconProps) => ReactElement> = {
  working: WorkingIcon,
  blocked: BlockedIcon,
  canceled: CanceledIcon,
  failed: FailedIcon,
  success: SuccessIcon,
};

// ---- sources --------------------------------------------------------------------------------

/** Desktop app: a window with a title bar. */
export function DesktopIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <rect x="2" y="3" width="12" height="10" rx="1.75" />
      <path d="M2 6h12" />
    </Svg>
  );
}

/** CLI: a terminal prompt `>_`. */
export function TerminalIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M3 4.5L6.5 8 3 11.5M8 11.5h5" />
    </Svg>
  );
}

/** API: braces. */
export function BracesIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M5.5 2.75c-1.25 0-1.75.6-1.75 1.75v1.5C3.75 7.1 3.1 8 2.25 8c.85 0 1.5.9 1.5 2v1.5c0 1.15.5 1.75 1.75 1.75" />
      <path d="M10.5 2.75c1.25 0 1.75.6 1.75 1.75v1.5c0 1.1.65 2 1.5 2-.85 0-1.5.9-1.5 2v1.5c0 1.15-.5 1.75-1.75 1.75" />
    </Svg>
  );
}

/** Slack: a hash sign (a channel). */
export function HashIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <path d="M6.25 2.5L5 13.5M11 2.5L9.75 13.5M2.75 6h11M2.25 10h11" />
    </Svg>
  );
}

/** Linear: parallel diagonal lines in a circle. */
export function DiagonalIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M3.5 9.75l6.25-6.25M5.25 11.5l6.25-6.25M7.5 13.25l5.75-5.75" />
    </Svg>
  );
}

/** Scheduled: a clock. */
export function ClockIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M8 4.75V8l2.25 1.5" />
    </Svg>
  );
}

/** GitHub Actions / CI: a play sign in a circle (a workflow run). */
export function WorkflowIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="8" cy="8" r="5.75" />
      <path d="M6.75 5.75v4.5L10.25 8z" fill="currentColor" strokeWidth={1} />
    </Svg>
  );
}

/** Any host-registered source without its own icon: a plug-in node. */
export function GenericSourceIcon(props: IconProps): ReactElement {
  return (
    <Svg {...props}>
      <rect x="3" y="3" width="10" height="10" rx="2.5" />
      <circle cx="8" cy="8" r="1.25" fill="currentColor" stroke="none" />
    </Svg>
  );
}

export const SOURCE_ICONS: Record<string, (props: IconProps) => ReactElement> = {
  interactive: DesktopIcon,
  cli: TerminalIcon,
  api: BracesIcon,
  slack: HashIcon,
  linear: DiagonalIcon,
  scheduled: ClockIcon,
  github_actions: WorkflowIcon,
};

// ---- sorting --------------------------------------------------------------------------------

export function SortIcon({ sorted, ...props }: IconProps & { sorted: 'asc' | 'desc' | false }): ReactElement {
  if (sorted === 'asc') {
    return (
      <Svg {...props} className="ab-sort-icon">
        <path d="M8 12.5v-9M4.75 6.75L8 3.5l3.25 3.25" />
      </Svg>
    );
  }
  if (sorted === 'desc') {
    return (
      <Svg {...props} className="ab-sort-icon">
        <path d="M8 3.5v9M4.75 9.25L8 12.5l3.25-3.25" />
      </Svg>
    );
  }
  return (
    <Svg {...props} className="ab-sort-icon ab-sort-icon-idle">
      <path d="M5 6.25L8 3.25l3 3M5 9.75l3 3 3-3" />
    </Svg>
  );
}
