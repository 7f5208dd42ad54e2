import { matchesAny } from './kit/match';
import alibaba1688Order from './alibaba1688-order';
import amazonSellerCentral from './amazon-seller-central';
import ebaySellerHub from './ebay-seller-hub';
import jdMerchant from './jd-merchant';
import pinduoduoMerchant from './pinduoduo-merchant';
import shopifyAdmin from './shopify-admin';
import taobaoSeller from './taobao-seller';
import woocommerceAdmin from './woocommerce-admin';
import alibabaSupplier from './alibaba-supplier';
import alibaba1688Company from './alibaba1688-company';
import madeInChina from './made-in-china';
import globalSources from './global-sources';
import hc360 from './hc360';
import dhgate from './dhgate';
import europages from './europages';
import kompass from './kompass';
import thomasnet from './thomasnet';
import yellowpages from './yellowpages';
import type { SiteAdapter } from './types';

/** Every site adapter, in one list (a convention test checks each file is here). */
export const adapters: SiteAdapter[] = [
  // B2B directories
  alibabaSupplier,
  alibaba1688Company,
  madeInChina,
  globalSources,
  hc360,
  dhgate,
  europages,
  kompass,
  thomasnet,
  yellowpages,
  // Seller back ends
  alibaba1688Order,
  amazonSellerCentral,
  ebaySellerHub,
  jdMerchant,
  pinduoduoMerchant,
  shopifyAdmin,
  taobaoSeller,
  woocommerceAdmin,
];

/** The adapter whose URL patterns match this page, if any. */
export function adapterFor(url: URL | string): SiteAdapter | undefined {
  return adapters.find((a) => matchesAny(a.matches, url));
}
