import { useState } from 'preact/hooks';
import type { Card } from '../../lib/card/schema';
import { newId } from '../../lib/card/ids';
import { Button } from '../common/Button';
import { useT } from '../i18n';
import { archiveMessages } from './messages';

// Complaints (投诉) and orders kept on the card itself; changed by saving the card, so they land in its history.
// A failed save (quota, closed database, a conflict) leaves what the user typed in the form.

/** Saves the card; false when the write failed (the caller shows why). */
type Update = (next: Card) => Promise<boolean>;

/** Today as yyyy-mm-dd in the user's own time zone (toISOString would give yesterday's date east of UTC). */
function localDay(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function Complaints(props: { card: Card; onUpdate: Update }) {
  const t = useT(archiveMessages);
  const { card } = props;
  const [content, setContent] = useState('');
  const add = async (e: Event) => {
    e.preventDefault();
    if (!content.trim()) return;
    const today = localDay();
    const ok = await props.onUpdate({
      ...card,
      complaints: [...card.complaints, { id: newId(), date: today, content: content.trim(), status: 'open' }],
    });
    if (ok) setContent('');
  };
  const resolve = (id: string, resolution: string) =>
    props.onUpdate({
      ...card,
      complaints: card.complaints.map((c) => (c.id === id ? { ...c, status: 'resolved', resolution } : c)),
    });
  return (
    <section aria-labelledby="la-cp-h">
      <h3 id="la-cp-h">{t('complaints')}</h3>
      {!card.complaints.length && <p class="la-note">{t('complaint.none')}</p>}
      <ul>
        {card.complaints.map((c) => (
          <li key={c.id}>
            {c.date} · {t(`complaint.${c.status}`)} · {c.content}
            {c.resolution && <> → {c.resolution}</>}
            {c.status === 'open' && <ResolveForm onResolve={(r) => resolve(c.id, r)} />}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <label>
          {t('complaint.new')}
          <input value={content} onInput={(e) => setContent((e.target as HTMLInputElement).value)} />
        </label>
        <Button type="submit" disabled={!content.trim()}>
          {t('add')}
        </Button>
      </form>
    </section>
  );
}

function ResolveForm(props: { onResolve: (resolution: string) => Promise<boolean> }) {
  const t = useT(archiveMessages);
  const [text, setText] = useState('');
  const resolve = async () => {
    if (await props.onResolve(text.trim())) setText('');
  };
  return (
    <span>
      <input
        aria-label={t('complaint.resolution')}
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
      />
      <Button disabled={!text.trim()} onClick={() => void resolve()}>
        {t('complaint.resolve')}
      </Button>
    </span>
  );
}

export function Orders(props: { card: Card; onUpdate: Update }) {
  const t = useT(archiveMessages);
  const { card } = props;
  const [number, setNumber] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('CNY');
  const orders = card.business.orders;
  const add = async (e: Event) => {
    e.preventDefault();
    if (!number.trim()) return;
    const n = Number(amount);
    const order = {
      number: number.trim(),
      date: localDay(),
      currency: currency.trim() || undefined,
      items: [],
      ...(amount.trim() && Number.isFinite(n) ? { amount: n } : {}),
    };
    const ok = await props.onUpdate({ ...card, business: { ...card.business, orders: [...orders, order] } });
    if (!ok) return;
    setNumber('');
    setAmount('');
  };
  return (
    <section aria-labelledby="la-or-h">
      <h3 id="la-or-h">{t('orders')}</h3>
      {!orders.length && <p class="la-note">{t('order.none')}</p>}
      <ul>
        {orders.map((o) => (
          <li key={`${o.platform ?? ''}:${o.number}`}>
            {o.date ?? ''} · {o.number}
            {o.amount !== undefined && ` · ${o.amount} ${o.currency ?? ''}`}
            {o.items.length > 0 && ` · ${o.items.map((i) => i.name).join(', ')}`}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)}>
        <label>
          {t('order.number')}
          <input value={number} onInput={(e) => setNumber((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('order.amount')}
          <input inputMode="decimal" value={amount} onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('order.currency')}
          <input value={currency} onInput={(e) => setCurrency((e.target as HTMLInputElement).value)} />
        </label>
        <Button type="submit" disabled={!number.trim()}>
          {t('add')}
        </Button>
      </form>
    </section>
  );
}
