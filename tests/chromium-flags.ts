/**
 * Flags for headless Debian Chromium on a Linux box with no network beyond the package registries. Shared by the
 * end-to-end tests and the editor benchmarks, so both measure the same browser.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
