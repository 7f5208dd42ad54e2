// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCard } from '../../../lib/archive/store';
import { CardActivity } from '../../../components/archive/CardActivity';
import type { Card } from '../../../lib/card/schema';
import { archiveEnv, makeCard, seed, text, until, type ArchiveEnv } from './archive-setup';
import { button, choose, click, labelled, settle, type, waitFor } from './helpers';

// The card's working side: the follow-up log with every field, complaints and orders, history with "put back" and
// the review mark, through the real background; a failed write says why and keeps what the user typed.

let env: ArchiveEnv;
beforeEach(() => {
  env = archiveEnv();
});
afterEach(() => env.done());

/** The activity of the stored card, following it as it changes (as the card panel does). */
function Live(props: { id: string }) {
  const [card, setCard] = useState<Card | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => getCard(props.id)).subscribe({ next: (c) => setCard(c ?? null) });
    return () => sub.unsubscribe();
  }, [props.id]);
  return card ? <CardActivity card={card} onChanged={() => undefined} /> : null;
}

async function openActivity(id: string, lang: 'en' | 'zh' = 'en') {
  const root = env.render(<Live id={id} />, lang);
  await waitFor(() => expect(root.querySelector('[data-testid=history]')).not.toBeNull());
  return { root };
}

const input = (root: HTMLElement, label: string) => {
  const found = labelled(root, label).filter((e) => e.tagName !== 'FORM' && e.tagName !== 'SECTION');
  const el = [...root.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === label);
  return (el?.querySelector('input,textarea,select') ?? found[0]) as HTMLInputElement;
};

describe('follow-up log', () => {
  it('records date, method, what was said, response, next step and its date, and milestone', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root } = await openActivity('c1');
    await waitFor(() => expect(text(root)).toContain('No follow-ups yet'));
    type(input(root, 'Date'), '2026-03-02');
    choose(input(root, 'Method') as unknown as HTMLSelectElement, 'visit');
    type(input(root, 'What was said') as unknown as HTMLTextAreaElement, 'Showed samples');
    type(input(root, 'Customer’s response'), 'Wants a quote');
    type(input(root, 'Next step'), 'Send quote');
    type(input(root, 'Next step date'), '2026-03-09');
    choose(input(root, 'Milestone') as unknown as HTMLSelectElement, 'needs-confirmed');
    click(button(root, 'Add follow-up'));
    await until(async () => expect(await env.db.followUps.count()).toBe(1));
    const [f] = await env.db.followUps.toArray();
    expect(f).toMatchObject({
      cardId: 'c1',
      method: 'visit',
      summary: 'Showed samples',
      response: 'Wants a quote',
      nextStep: 'Send quote',
      milestone: 'needs-confirmed',
      done: false,
    });
    expect(new Date(f.date).getDate()).toBe(2);
    expect(new Date(f.nextDate!).getDate()).toBe(9);
    await waitFor(() => expect(text(root)).toContain('Showed samples'));
    expect(text(root)).toContain('Wants a quote');
    expect(text(root)).toContain('Needs confirmed');
    // The form is cleared for the next entry once written.
    expect((input(root, 'What was said') as unknown as HTMLTextAreaElement).value).toBe('');
  });

  it('a failed write (disk full) says so and keeps the typed entry; saving again works', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root } = await openActivity('c1');
    env.failing.set('ui→bg:addFollowUp', 'quota');
    type(input(root, 'What was said') as unknown as HTMLTextAreaElement, 'Called about the order');
    type(input(root, 'Next step'), 'Call back');
    click(button(root, 'Add follow-up'));
    await waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('The disk is full'));
    expect((input(root, 'What was said') as unknown as HTMLTextAreaElement).value).toBe('Called about the order');
    expect(input(root, 'Next step').value).toBe('Call back');
    expect(await env.db.followUps.count()).toBe(0);
    env.failing.clear();
    click(button(root, 'Add follow-up'));
    await until(async () => expect(await env.db.followUps.count()).toBe(1));
    await waitFor(() => expect(root.querySelector('[role=alert]')).toBeNull());
  });
});

describe('complaints and orders', () => {
  it('a closed database keeps the complaint and the order on screen; once it works they are saved', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root } = await openActivity('c1');
    expect(text(root)).toContain('No complaints');
    expect(text(root)).toContain('No orders yet');
    env.failing.set('ui→bg:updateCard', 'db-closed');
    type(input(root, 'New complaint'), 'Late delivery');
    click([...root.querySelectorAll('button')].filter((b) => b.textContent === 'Add')[0]);
    await waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('database is closed'));
    expect(input(root, 'New complaint').value).toBe('Late delivery');
    type(input(root, 'Order number'), 'PO-1');
    type(input(root, 'Amount'), '1200');
    const addOrder = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Add')[1];
    click(addOrder);
    await settle(20);
    expect(input(root, 'Order number').value).toBe('PO-1');
    env.failing.clear();
    click([...root.querySelectorAll('button')].filter((b) => b.textContent === 'Add')[0]);
    await until(async () => expect((await getCard('c1'))!.complaints).toHaveLength(1));
    expect(input(root, 'New complaint').value).toBe('');
    // The order is saved on top of the card as it now is (with the complaint), once the panel has it.
    await waitFor(() => expect(text(root)).toContain('Late delivery'));
    click([...root.querySelectorAll('button')].filter((b) => b.textContent === 'Add')[1]);
    await until(async () =>
      expect((await getCard('c1'))!.business.orders).toMatchObject([{ number: 'PO-1', amount: 1200 }]),
    );
  });
});

describe('history and review', () => {
  it('shows when, which field (in words) and old → new, and puts an old value back', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme', classification: { grade: 'C', tags: [] } })]);
    const card = (await getCard('c1'))!;
    const { updateCard } = await import('../../../lib/archive/store');
    await updateCard({ ...card, classification: { ...card.classification, grade: 'A' } }, card.rev);
    const { root } = await openActivity('c1', 'zh');
    const history = () => root.querySelector('[data-testid=history]')!;
    await waitFor(() => expect(history().textContent).toContain('客户等级'));
    // Grade values in the user's words: 一般 (C) → 重要 (A).
    const row = [...history().querySelectorAll('tbody tr')].find((r) => r.textContent?.includes('客户等级'))!;
    expect(row.textContent).toContain('一般');
    expect(row.textContent).toContain('重要');
    expect(row.textContent).not.toContain('classification.grade');
    click(row.querySelector('button')!);
    await until(async () => expect((await getCard('c1'))!.classification.grade).toBe('C'));
  });

  it('marks a card reviewed today', async () => {
    await seed(env.db, [makeCard({ id: 'c1', name: 'Acme' })]);
    const { root } = await openActivity('c1');
    expect(text(root)).toContain('Never reviewed');
    click(button(root, 'Mark reviewed today'));
    await until(async () => expect((await getCard('c1'))!.reviewedAt).toBeGreaterThan(Date.now() - 60_000));
  });
});
