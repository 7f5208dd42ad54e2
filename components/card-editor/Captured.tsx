import type { Order } from '../../lib/card/schema';
import { ProvMarker } from '../common/ProvMarker';
import type { CardSource } from '../../lib/card/schema';
import { useT } from '../i18n';
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

export function Orders(props: { orders: Order[]; sources: CardSource[] }) {
  const t = useT(editorMessages);
  if (props.orders.length === 0) return null;
  return (
    <ul class="la-orders">
      {props.orders.map((o, i) => (
        <li key={i}>
          {[
            t('order.number', { number: o.number }),
            o.platform,
            o.date,
            o.amount !== undefined ? `${o.amount}${o.currency ? ` ${o.currency}` : ''}` : undefined,
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
