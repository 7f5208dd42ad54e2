import type { CardSource, Prov } from '../../lib/card/schema';
import { useT } from '../i18n';
import { commonMessages } from './messages';

// A small marker beside a value saying which extractor found it and how sure it was; the full sentence is in the
// title (hover), the visible text stays short so the popup stays narrow. No aria-label: it would make lookups by
// a field's label text ambiguous.
export function ProvMarker({ prov, sources }: { prov?: Prov; sources?: CardSource[] }) {
  const t = useT(commonMessages);
  if (!prov) return null;
  if (prov.src === 'user') {
    return (
      <span class="la-prov la-prov-user" title={t('prov.user')}>
        {t('src.user')}
      </span>
    );
  }
  const src = t(`src.${prov.src}`);
  const source = prov.at !== undefined ? sources?.[prov.at] : undefined;
  const page = source?.site ?? source?.url;
  const title = t('prov.title', {
    src,
    by: prov.by ? t('prov.by', { by: prov.by }) : '',
    conf: Math.round(prov.conf * 100),
    page: page ? t('prov.page', { page }) : '',
  });
  return (
    <span class={`la-prov la-prov-${prov.src}`} title={title}>
      {src}
    </span>
  );
}
