/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `mock` or `server` to skip detection; unset: a Bureau server if `/api/health` answers, else the mock. */
  readonly VITE_BACKEND?: 'mock' | 'server';
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
