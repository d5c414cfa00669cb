import type { Badge } from '../core/badge';
import { say } from '../shared/say';

/** Applies a badge to one tab's toolbar button. */
export async function showBadge(action: typeof chrome.action, tabId: number, badge: Badge): Promise<void> {
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: say(badge.title) }),
  ]);
}
