import type { DraftLead } from '../types';

/** One site: where it applies, what kind of page this is, and what it reads off that page. */
export interface SiteAdapter {
  /** Equal to the file name. */
  id: string;
  /** Human name of the site, shown in the popup ("Taobao seller centre"). */
  name: string;
  /** URL match patterns (`*://*.example.com/path*` style). */
  matches: string[];
  /** The page type when the adapter recognises the page (order-detail, supplier-profile, list…), or null. */
  detect(url: URL, doc: Document): string | null;
  /**
   * The leads this page holds, from the adapter's own knowledge of the site (which block is the buyer…).
   * Generic layers still run after it and fill what it did not find, so an adapter only returns what it knows.
   */
  extract(doc: Document, url: URL): Partial<DraftLead>[];
  /**
   * Page types whose adapter leads must not absorb the generic layers' values: on a seller back end the page also
   * shows the seller's own phone and return address, and on a list every item stands alone (a phone found
   * anywhere on the page does not belong to the first item). Optional; absent means the generic layers fill in.
   */
  standalone?: readonly string[];
  /** Every page type `detect` can return (for the popup and the convention test: each one has a test page). */
  pageTypes?: readonly string[];
}
