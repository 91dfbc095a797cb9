import { mockChangeChannel } from '../contract/live-endpoints';
import { createLocalChangeFeed, type ChangeFeed } from '../services/change-feed';

/**
 * The browser mock's change feed: every tab runs its own mock backend over the shared IndexedDB, so a change made in
 * one tab reaches the others over a BroadcastChannel, as the server's reach pages over Server-Sent Events.
 */
export function createBroadcastChangeFeed(channelName = mockChangeChannel): ChangeFeed {
  const local = createLocalChangeFeed();
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
  return {
    publish(change) {
      local.publish(change);
      channel?.postMessage(change);
    },
    subscribe: (listener, onClose) => local.subscribe(listener, onClose),
    close() {
      local.close();
      channel?.close();
    },
  };
}
