import { createContext } from 'react';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error' | 'success';
  action?: ToastAction;
  /** Milliseconds before it disappears; errors stay until dismissed when 0. */
  durationMs?: number;
}

export interface ToastApi {
  show: (toast: ToastInput) => void;
}

export const ToastContext = createContext<ToastApi>({ show: () => undefined });
