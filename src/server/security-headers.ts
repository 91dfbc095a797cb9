import { createHash } from 'node:crypto';
import { articleStylesheet } from '../render/article-stylesheet';

function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The `<style>` element Tiptap's editor adds for ProseMirror's base rules (`injectCSS`, on by default), hashed.
 * security-headers.test.ts builds a real editor and fails when a Tiptap upgrade changes that text.
 */
const tiptapBaseStyleHash = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='";

/**
 * The single-page app: scripts, styles, fonts, workers and API calls from its own origin only, never inline script
 * or eval. Two inline `<style>` elements are allowed by hash: Tiptap's base rules and the article stylesheet that the
 * preview frame and the import dialog add. No inline `style` attribute is needed: React, ProseMirror (decorations)
 * and Tiptap's drop cursor style elements through the CSSOM (`element.style`), which the policy does not govern,
 * and nothing in the app writes a `style` attribute as markup (tests/e2e/server/security-headers.spec.ts collects
 * every violation). Photo previews are `blob:` and `data:` URLs before they are uploaded. `base-uri`, `form-action` and
 * `frame-ancestors` are listed because `default-src` does not cover them.
 */
const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${styleHash(articleStylesheet)} ${tiptapBaseStyleHash}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** API answers are data, photos or downloads: nothing in them may load anything, run, or be framed. */
const apiContentSecurityPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // The origin only, and only over https: links in an article do not tell other sites which roundup was open. Not
  // `no-referrer`, which would send `Origin: null` with the app's own no-cors writes.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  // A page opened from an article link cannot reach back into Bureau's window (window.opener).
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/** What every answer of the app's pages, its static files and the static host of the mock carries. */
export const appSecurityHeaders: Readonly<Record<string, string>> = {
  ...commonHeaders,
  'Content-Security-Policy': appContentSecurityPolicy,
};

/** What every `/api/*` answer carries, errors and photo files included. */
export const apiSecurityHeaders: Readonly<Record<string, string>> = {
  ...commonHeaders,
  'Content-Security-Policy': apiContentSecurityPolicy,
};

/** The headers for an answer to `pathname`: the API's strict set under /api, the app's everywhere else. */
export function securityHeadersFor(pathname: string): Readonly<Record<string, string>> {
  return pathname === '/api' || pathname.startsWith('/api/') ? apiSecurityHeaders : appSecurityHeaders;
}
