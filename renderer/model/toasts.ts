import { createContext, useContext } from 'react';

/** A short message shown at the bottom of the window, optionally with one action such as Undo. */
export interface ToastMessage {
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** Raises one toast. */
export type ShowToast = (message: ToastMessage) => void;

/** Where the toast function comes from: components/Toasts.tsx provides it and draws what it raises. */
export const ToastContext = createContext<ShowToast>(() => undefined);

/** The function that raises a toast, for views and the hooks behind them alike. */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}
