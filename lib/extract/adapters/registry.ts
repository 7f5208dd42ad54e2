import { matchesAny } from './kit/match';
import taobaoSeller from './taobao-seller';
import type { SiteAdapter } from './types';

/** Every site adapter, in one list (a convention test checks each file is here). */
export const adapters: SiteAdapter[] = [taobaoSeller];

/** The adapter whose URL patterns match this page, if any. */
export function adapterFor(url: URL | string): SiteAdapter | undefined {
  return adapters.find((a) => matchesAny(a.matches, url));
}
