import { browser } from 'wxt/browser';
import { markArchivedItems } from '../badges/mark';
import { MessageError } from '../messages';
import type { Handlers } from './router';

// Badges on a list page for items already in the archive. Only where the user granted the site's host
// permission (asked for from the popup at first use, never at install): without it the page is left alone.

export const badgeHandlers: Pick<Handlers, 'ui→bg:showBadges'> = {
  'ui→bg:showBadges': async ({ tabId, names, label }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    let origin: string;
    try {
      origin = new URL(tab?.url ?? '').origin;
    } catch {
      throw new MessageError('no-access', 'No page to mark.');
    }
    if (!(await browser.permissions.contains({ origins: [`${origin}/*`] })))
      throw new MessageError('no-access', `No permission for ${origin}.`);
    const [res] = (await browser.scripting.executeScript({
      target: { tabId },
      func: markArchivedItems,
      args: [names, label],
    })) as { result?: unknown }[];
    return { marked: typeof res?.result === 'number' ? res.result : 0 };
  },
};
