import type { Page } from 'playwright-core';
import { z } from 'zod';

/** What the page must show for each milestone of a load. */
export interface LoadMilestoneSpec {
  /** The first block of the document, inside an editable ProseMirror root; it must also be on screen. */
  editableSelector: string;
  /** For the whole document, each selector must match exactly `count` elements (and the editable block exist). */
  completeCounts: { selector: string; count: number }[];
}

/**
 * Runs in the page before its own scripts (an init script, top frame only). A MutationObserver notices that the DOM
 * changed; the check then runs in the next animation frame, so at most once a frame and with the layout the frame
 * uses anyway; when a milestone holds, a MessageChannel task after that frame records `performance.now()`, which is
 * milliseconds since navigation start. So each figure is the end of the first frame that shows the milestone.
 * Helpers are object methods because tsx wraps named function values in `__name()`, which the page does not have.
 */
export function installLoadMilestoneRecorder(spec: LoadMilestoneSpec): void {
  if (window !== window.top) return;
  const marks: { editable?: number; complete?: number } = {};
  Reflect.set(window, 'bureauBenchLoad', marks);
  const seen = { editable: false, complete: false };
  let frameScheduled = false;
  const recorder = {
    markAfterFrame(name: 'editable' | 'complete'): void {
      seen[name] = true;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        marks[name] = performance.now();
      };
      channel.port2.postMessage(null);
    },
    isOnScreen(element: Element): boolean {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.width > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    },
    scheduleCheck(): void {
      if (frameScheduled) return;
      frameScheduled = true;
      requestAnimationFrame(() => recorder.check());
    },
    check(): void {
      frameScheduled = false;
      const first = document.querySelector(spec.editableSelector);
      let waitingForScreen = false;
      if (!seen.editable && first !== null) {
        if (recorder.isOnScreen(first)) recorder.markAfterFrame('editable');
        else waitingForScreen = true;
      }
      if (
        !seen.complete &&
        first !== null &&
        spec.completeCounts.every(({ selector, count }) => document.querySelectorAll(selector).length === count)
      ) {
        recorder.markAfterFrame('complete');
      }
      // Scrolling or layout can bring the block on screen without a DOM change, so look again next frame.
      if (waitingForScreen) recorder.scheduleCheck();
    },
  };
  const observer = new MutationObserver(() => {
    if (seen.editable && seen.complete) observer.disconnect();
    else recorder.scheduleCheck();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
}

const milestonesSchema = z.object({
  editable: z.number(),
  complete: z.number(),
  /** `domContentLoadedEventEnd` of the navigation: the app's entry module has run by then. */
  domContentLoaded: z.number(),
});
export type LoadMilestones = z.infer<typeof milestonesSchema>;

/** Waits until the page has recorded both milestones and returns them, in ms since navigation start. */
export async function waitForLoadMilestones(page: Page, timeoutMs = 60_000): Promise<LoadMilestones> {
  await page.waitForFunction(
    () => {
      const marks: unknown = Reflect.get(window, 'bureauBenchLoad');
      return typeof marks === 'object' && marks !== null && 'editable' in marks && 'complete' in marks;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  return milestonesSchema.parse(
    await page.evaluate(() => {
      const marks: unknown = Reflect.get(window, 'bureauBenchLoad');
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        ...(typeof marks === 'object' && marks !== null ? marks : {}),
        domContentLoaded: navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventEnd : Number.NaN,
      };
    }),
  );
}
