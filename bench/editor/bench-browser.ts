import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../tests/chromium-flags';

export { chromiumArgs };

/** Every editor benchmark page is opened at this size, a laptop screen. */
export const benchViewport = { width: 1440, height: 900 } as const;

export function launchBenchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}
