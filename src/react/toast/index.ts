// Toasts: the provider the view mounts once and `useToast()` for the parts inside it.
export { AgentToastProvider, useToast, type AgentToastProviderProps } from './AgentToastProvider';
export type { ToastApi, ToastOptions } from './toast-store';
