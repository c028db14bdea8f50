import * as Toast from '@radix-ui/react-toast';
import { clsx } from 'clsx';
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import type { QueuedToast, ToastApi, ToastOptions } from './toast-store';

const ToastContext = /* @__PURE__ */ createContext<ToastApi | null>(null);
ToastContext.displayName = 'AgentToastContext';

export interface AgentToastProviderProps {
  children?: ReactNode;
  /** Accessible name of the toast region (Radix adds the hotkey to reach it). */
  label?: string;
  /** Name of each toast's close button. */
  dismissLabel?: string;
  className?: string;
}

/**
 * Mount once (the view does): the queue, the polite live region and the viewport where toasts stack.
 * Parts inside call `useToast().show(…)`.
 *
 * @example
 * ```tsx
 * <AgentToastProvider><MyPart /></AgentToastProvider>
 * ```
 */
export function AgentToastProvider({
  children,
  label = 'Notifications',
  dismissLabel = 'Dismiss',
  className,
}: AgentToastProviderProps): ReactElement {
  const [toasts, setToasts] = useState<QueuedToast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastOptions) => {
    const id = next.current++;
    setToasts((all) => [...all, { ...toast, id }]);
    return id;
  }, []);
  const api = useMemo<ToastApi>(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      <Toast.Provider label={label} swipeDirection="right">
        {children}
        {toasts.map((t) => (
          <Toast.Root
            key={t.id}
            className="ab-toast"
            type="background"
            data-tone={t.tone ?? 'info'}
            duration={t.duration ?? (t.action ? 8000 : 5000)}
            onOpenChange={(open) => !open && dismiss(t.id)}
          >
            {t.tone === 'error' ? (
              <svg className="ab-toast-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path d="M8 1.5 15 14H1zM8 6v4M8 11.5v1" fill="none" stroke="currentColor" strokeWidth="1.4" />
              </svg>
            ) : null}
            <Toast.Description className="ab-toast-message">{t.message}</Toast.Description>
            {t.action ? (
              <Toast.Action className="ab-button" altText={t.action.label} onClick={t.action.onAction}>
                {t.action.label}
              </Toast.Action>
            ) : null}
            <Toast.Close className="ab-toast-close" aria-label={dismissLabel}>
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" fill="none" stroke="currentColor" strokeWidth="1.5" />
              </svg>
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className={clsx('ab-toast-viewport', className)} />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

/**
 * Shows toasts in the nearest `AgentToastProvider`. Outside one it does nothing (a part used alone
 * still works; its live-region announcement remains).
 *
 * @example
 * ```tsx
 * const toast = useToast();
 * toast.show({ message: 'Link copied' });
 * ```
 */
export function useToast(): ToastApi {
  return useContext(ToastContext) ?? NO_TOASTS;
}

const NO_TOASTS: ToastApi = { show: () => 0, dismiss: () => {} };
