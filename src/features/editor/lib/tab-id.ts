import { createRandomId } from '@/schema/random-id';

const tabIdKey = 'bureau.tab-lock-id';
let fallback: string | null = null;

/**
 * This tab's id, kept in sessionStorage (one per tab, surviving reloads and a crash's reload): the id of its edit lock,
 * and the writer named in its journal, so a reload finds both still its own and another tab knows they are not.
 */
export function currentTabId(): string {
  try {
    const stored = sessionStorage.getItem(tabIdKey);
    if (stored !== null && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
    const fresh = createRandomId();
    sessionStorage.setItem(tabIdKey, fresh);
    return fresh;
  } catch {
    fallback ??= createRandomId();
    return fallback;
  }
}
