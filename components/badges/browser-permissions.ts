import { browser } from 'wxt/browser';
import type { HostPermissions } from './PageBadges';

/** The browser's optional host permissions (asked for on the user's click in the popup, never at install). */
export const browserPermissions: HostPermissions = {
  contains: (origins) => browser.permissions.contains({ origins }),
  request: (origins) => browser.permissions.request({ origins }),
};
