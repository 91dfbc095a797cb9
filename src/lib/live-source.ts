import { roundupChangeSchema, type RoundupChange } from '@/contract/live-endpoints';

/** Starts listening for changes to roundups; returns how to stop. */
export type LiveSource = (onChange: (change: RoundupChange) => void) => () => void;

function parsed(data: unknown): RoundupChange | null {
  const change = roundupChangeSchema.safeParse(data);
  return change.success ? change.data : null;
}

/** The server's Server-Sent Events; the browser reconnects by itself after a dropped connection. */
export function eventSourceLive(url: string): LiveSource {
  return (onChange) => {
    const source = new EventSource(url);
    source.addEventListener('change', (event) => {
      try {
        const change = parsed(JSON.parse(String(event.data)));
        if (change !== null) onChange(change);
      } catch {
        // A malformed event is skipped; the next one may be fine.
      }
    });
    return () => source.close();
  };
}

/** The browser mock's tabs, over a BroadcastChannel. */
export function broadcastLive(channelName: string): LiveSource {
  return (onChange) => {
    if (typeof BroadcastChannel === 'undefined') return () => undefined;
    const channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent) => {
      const change = parsed(event.data);
      if (change !== null) onChange(change);
    };
    return () => channel.close();
  };
}

/** Dispatched on `window` with the roundup id as `detail` when its edit lock changed hands, so its page checks at once. */
export const lockChangedEvent = 'bureau:lock-changed';
