import type { ReactElement, SVGProps } from 'react';

type P = Omit<SVGProps<SVGSVGElement>, 'children'>;

function Svg(props: P & { children: ReactElement | ReactElement[] }): ReactElement {
  const { children, ...rest } = props;
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="ab-icon"
      {...rest}
    >
      {children}
    </svg>
  );
}

export function FilterIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <path d="M2.5 4h11" />
      <path d="M4.5 8h7" />
      <path d="M6.5 12h3" />
    </Svg>
  );
}

export function SearchIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25 13.5 13.5" />
    </Svg>
  );
}

export function CloseIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
    </Svg>
  );
}

export function ChevronIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <path d="M6 4l4 4-4 4" />
    </Svg>
  );
}

export function CreditsIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <ellipse cx="8" cy="4.5" rx="5" ry="2" />
      <path d="M3 4.5v3.5c0 1.1 2.24 2 5 2s5-.9 5-2V4.5" />
      <path d="M3 8v3.5c0 1.1 2.24 2 5 2s5-.9 5-2V8" />
    </Svg>
  );
}

export function AlertIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <path d="M8 2.5 14 13H2z" />
      <path d="M8 6.5v3M8 11.25v.01" />
    </Svg>
  );
}

export function InboxIcon(props: P): ReactElement {
  return (
    <Svg {...props}>
      <path d="M2.5 9.5 4 3.5h8l1.5 6v3h-11z" />
      <path d="M2.5 9.5h3l1 1.5h3l1-1.5h3" />
    </Svg>
  );
}
