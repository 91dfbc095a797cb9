import { chromium, type Browser } from 'playwright-core';

/** Flags for headless Chromium on a Linux box with no network beyond the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Every editor benchmark page is opened at this size, a laptop screen. */
export const benchViewport = { width: 1440, height: 900 } as const;

export function launchBenchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}
