import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompressPlugin } from './scripts/precompress/precompress-plugin';
import { appSecurityHeaders } from './src/server/security-headers';

/**
 * The development server gets the headers that leave hot reload alone: its Content-Security-Policy would have to
 * allow the inline script and eval that React Refresh and Vite's client use, so it sends none.
 */
const { 'Content-Security-Policy': appPolicy = '', ...developmentHeaders } = appSecurityHeaders;

/**
 * The built index.html carries the policy too, for static hosts that cannot send headers. `frame-ancestors` is left
 * out: a <meta> policy cannot carry it (browsers ignore it there, with a warning), only the header can.
 */
function contentSecurityPolicyMeta(): Plugin {
  const content = appPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'bureau-content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicyMeta(), precompressPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, headers: developmentHeaders },
  // `vite preview` is the static host of the in-browser mock: the same headers as the Node server sends for the app.
  preview: { port: 8080, headers: { ...appSecurityHeaders } },
  build: {
    sourcemap: true,
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries that the screens share (React, i18next, TanStack Query, zod) in one chunk: left to itself the
          // bundler cut them into many small shared chunks, each compressed alone and some too small to be compressed.
          groups: [{ name: 'libraries', minShareCount: 3, test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zod|@tanstack)[\\/]/ }],
        },
      },
    },
  },
});
