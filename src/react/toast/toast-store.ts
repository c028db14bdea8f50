/** One toast as the provider queues it. */
export interface ToastOptions {
  /** What happened ("Canceled 3 runs"). */
  message: string;
  /** One button beside it: Undo, Retry. Choosing it closes the toast. */
  action?: { label: string; onAction: () => void };
  /** Milliseconds before it goes by itself; default 5000 (8000 with an action). */
  duration?: number;
  /** `error` marks a failure (an icon and a border, never colour alone). */
  tone?: 'info' | 'error';
}

export interface QueuedToast extends ToastOptions {
  id: number;
}

/** What `useToast()` returns. */
export interface ToastApi {
  /** Shows a toast and returns its id. */
  show: (toast: ToastOptions) => number;
  dismiss: (id: number) => void;
}
