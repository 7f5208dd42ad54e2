import type { Order } from '../../lib/card/schema';
import { ProvMarker } from '../common/ProvMarker';
import type { CardSource } from '../../lib/card/schema';
import { useLang, useT } from '../i18n';
import { editorMessages } from './messages';

// What a seller back end adds to a capture and the user does not type: platform buyer ids (a dedupe key) and
// orders. Shown read-only, as text, so the user sees why a card matched and what was bought.

export function PlatformIds(props: { ids: string[] }) {
  const t = useT(editorMessages);
  if (props.ids.length === 0) return null;
  return (
    <p class="la-number">
      {t('platformIds')}: <span>{props.ids.join(', ')}</span>
    </p>
  );
}

/** "2026-03-15T14:22:01" as "2026-03-15 14:22"; a date alone as it is. */
function orderDate(d?: string): string | undefined {
  return d?.replace('T', ' ').replace(/(\d{2}:\d{2}):\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/, '$1');
}

/** 358.8 CNY as the UI language writes money (¥358.80, CN¥358.80); an unknown currency code after the number. */
function orderAmount(amount: number | undefined, currency: string | undefined, lang: string): string | undefined {
  if (amount === undefined) return undefined;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'currency', currency }).format(amount);
    } catch {
      // Not a currency Intl knows: written as the code below.
    }
  }
  return `${amount.toFixed(2)}${currency ? ` ${currency}` : ''}`;
}

export function Orders(props: { orders: Order[]; sources: CardSource[] }) {
  const t = useT(editorMessages);
  const lang = useLang();
  if (props.orders.length === 0) return null;
  return (
    <ul class="la-orders">
      {props.orders.map((o, i) => (
        <li key={i}>
          {[
            t('order.number', { number: o.number }),
            o.platform,
            orderDate(o.date),
            orderAmount(o.amount, o.currency, lang),
            o.items.length ? t('order.items', { items: o.items.map((x) => x.name).join('; ') }) : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}{' '}
          <ProvMarker prov={o.prov} sources={props.sources} />
        </li>
      ))}
    </ul>
  );
}
