import { adapterMessages } from '../../lib/extract/adapters/messages';
import type { ExtractResult } from '../../lib/extract/types';
import { useT } from '../i18n';
import { popupMessages } from './messages';

type AdapterKey = keyof typeof adapterMessages.en;

/** Page types that hold one lead per item: the popup shows them as a queue, not a chooser. */
export const LIST_PAGE_TYPES: readonly string[] = ['order-list', 'search-results'];

/** True when the capture is a site adapter's list page with several items. */
export function isAdapterList(result: ExtractResult | undefined): boolean {
  const a = result?.adapter;
  return !!a?.recognised && LIST_PAGE_TYPES.includes(a.pageType ?? '') && (result?.leads.length ?? 0) > 1;
}

/**
 * Which site adapter read the page, in the site's own bilingual name ("Read as Taobao / Tmall seller centre order
 * details"), or that the site's page was not recognised and general reading was used; and that a masked phone is
 * kept as the site shows it.
 */
export function AdapterNote({ result }: { result: ExtractResult | undefined }) {
  const t = useT(adapterMessages);
  const tp = useT(popupMessages);
  const a = result?.adapter;
  if (!a) return null;
  const siteKey = `site.${a.id}` as AdapterKey;
  const known = siteKey in adapterMessages.en;
  const masked = result.leads.some((l) => l.phones.some((p) => p.value.includes('*')));
  if (!a.recognised)
    return (
      <p class="la-note" data-adapter={a.id}>
        {known ? t('notRecognised', { site: t(siteKey) }) : tp('adapterUnrecognised', { id: a.id })}
      </p>
    );
  const pageKey = `page.${a.pageType}` as AdapterKey;
  return (
    <>
      {known && (
        <p class="la-note la-adapter" data-adapter={a.id}>
          {t('recognised', { site: t(siteKey), page: pageKey in adapterMessages.en ? t(pageKey) : '' })}
        </p>
      )}
      {masked && <p class="la-note">{t('maskedPhone')}</p>}
    </>
  );
}
