import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import { precompressPlugin } from './scripts/precompress/precompress-plugin';
import { appSecurityHeaders } from './src/server/security-headers';

/**
 * The development server gets the headers that leave hot reload alone: its Content-Security-Policy would have to
 * allow the inline script and eval that React Refresh and Vite's client use, so it sends none.
 */
const { 'Content-Security-Policy': _appPolicy, ...developmentHeaders } = appSecurityHeaders;

export default defineConfig({
  plugins: [react(), tailwindcss(), precompressPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, headers: developmentHeaders },
  // `vite preview` is the static host of the in-browser mock: the same headers as the Node server sends for the app.
  preview: { port: 8080, headers: { ...appSecurityHeaders } },
  build: { sourcemap: true, target: 'es2022', manifest: true },
});
