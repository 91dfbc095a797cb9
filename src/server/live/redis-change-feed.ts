import { createClient } from 'redis';
import { roundupChangeSchema } from '../../contract/live-endpoints';
import { createLocalChangeFeed, type ChangeFeed } from '../../services/change-feed';

export interface RedisChangeFeedOptions {
  url: string;
  channel: string;
  log: (message: string) => void;
}

/**
 * The change feed across server instances: a change is published to a Redis channel, and every instance (this one
 * too) hands what arrives on it to its own pages. Publishing never fails a save: a Redis outage costs live updates
 * (pages still see changes on their next load), not writes.
 */
export async function openRedisChangeFeed(options: RedisChangeFeedOptions): Promise<ChangeFeed> {
  const publisher = createClient({ url: options.url });
  const subscriber = publisher.duplicate();
  const report = (what: string) => (error: unknown) => options.log(`Redis ${what}: ${error instanceof Error ? error.message : String(error)}`);
  publisher.on('error', report('publisher'));
  subscriber.on('error', report('subscriber'));
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const local = createLocalChangeFeed();
  await subscriber.subscribe(options.channel, (message) => {
    try {
      const change = roundupChangeSchema.safeParse(JSON.parse(message));
      if (change.success) local.publish(change.data);
    } catch {
      // Not ours, or from a newer build: skipped.
    }
  });
  return {
    publish(change) {
      publisher.publish(options.channel, JSON.stringify(change)).catch(report('publish'));
    },
    subscribe: (listener, onClose) => local.subscribe(listener, onClose),
    close() {
      local.close();
      void Promise.allSettled([subscriber.close(), publisher.close()]);
    },
  };
}
