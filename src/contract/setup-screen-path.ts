/**
 * The app's first-run screen, opened from the link the server prints at its first start without accounts. Apart from
 * `setup-endpoints.ts` so that the app's first chunk, which routes to it, does not carry the request schema.
 */
export const setupScreenPath = '/setup';
