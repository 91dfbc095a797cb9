import type { Notification, NotificationsResponse } from '../contract/notification-endpoints';
import type { Actor } from './actor';
import type { CommentStorage } from './comment-storage';
import type { RoundupStorage } from './roundup-storage';

export interface NotificationServiceOptions {
  roundups: RoundupStorage;
  comments: CommentStorage;
}

export interface NotificationService {
  /**
   * What others did that concerns the actor, newest first: review steps on their roundups (as reporter or as the
   * desk reviewing them), and comments that mention them, sit on their roundups or answer a thread they wrote in.
   */
  notifications(actor: Actor): Promise<NotificationsResponse>;
}

const eventScanLimit = 500;
const threadScanLimit = 200;
const notificationLimit = 30;
const excerptLength = 80;

function excerptOf(quote: string): string {
  return quote.length > excerptLength ? `${quote.slice(0, excerptLength - 1)}…` : quote;
}

export function createNotificationService(options: NotificationServiceOptions): NotificationService {
  return {
    async notifications(actor) {
      const [steps, threads] = await Promise.all([options.roundups.recentEvents(eventScanLimit), options.comments.recentThreads(threadScanLimit)]);
      // Only the roundups these steps and threads are about, never the whole list.
      const ids = [...new Set([...steps.map((event) => event.roundupId), ...threads.map((thread) => thread.roundupId)])];
      const summaries = ids.length === 0 ? [] : await options.roundups.list({ ids });
      const byId = new Map(summaries.map((summary) => [summary.id, summary]));
      const isMine = (roundupId: string): boolean => {
        const summary = byId.get(roundupId);
        return summary !== undefined && (summary.ownerId === actor.id || summary.reviewerId === actor.id);
      };
      const items: Notification[] = [];
      for (const event of steps) {
        const summary = byId.get(event.roundupId);
        if (summary === undefined || event.actor.id === actor.id || !isMine(event.roundupId)) continue;
        items.push({ kind: 'review', roundupId: event.roundupId, headline: summary.headline, kicker: summary.kicker, at: event.at, event });
      }
      for (const thread of threads) {
        const summary = byId.get(thread.roundupId);
        if (summary === undefined) continue;
        const excerpt = thread.target.kind === 'text' ? excerptOf(thread.target.quote) : '';
        thread.comments.forEach((comment, index) => {
          if (comment.author.id === actor.id) return;
          const mentioned = comment.mentions.some((person) => person.id === actor.id);
          const answersMe = thread.comments.slice(0, index).some((earlier) => earlier.author.id === actor.id);
          if (!mentioned && !answersMe && !isMine(thread.roundupId)) return;
          items.push({
            kind: 'comment',
            roundupId: thread.roundupId,
            headline: summary.headline,
            kicker: summary.kicker,
            at: comment.at,
            threadId: thread.id,
            comment,
            mentioned,
            excerpt,
          });
        });
      }
      items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
      return { items: items.slice(0, notificationLimit) };
    },
  };
}
