import type { SiteAdapter } from './types';

/** Every site adapter, in one list (a convention test checks each file is here). */
export const adapters: SiteAdapter[] = [];
