import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { Card } from '../../lib/card/schema';
import { diffCards } from '../../lib/card/diff';
import { getCard } from '../../lib/archive/store';
import { send } from '../../lib/messaging';
import { MessageError } from '../../lib/messages';
import { CardEditor, cleanDraft, firstError, validateCard } from '../card-editor/CardEditor';
import { Button } from '../common/Button';
import { useLang, useT } from '../i18n';
import { applyChanges } from '../../lib/views/apply';
import { CardActivity } from './CardActivity';
import { fieldLabel } from './field-labels';
import { errorText } from './error-text';
import { archiveMessages } from './messages';

// One card beside the list: edited in the shared CardEditor and saved through the background with the revision
// it started from. If the card moved on meanwhile (another tab, a capture), the save is refused; the panel shows
// what changed and lets the user take the newer card or keep their own edit on top of it. A failed write keeps the
// edit on screen.

type Tab = 'details' | 'activity';

export function CardPanel(props: { id: string; onClose: () => void; onSaved: () => void }) {
  const t = useT(archiveMessages);
  const lang = useLang();
  const [stored, setStored] = useState<Card | null | undefined>(undefined);
  const [draft, setDraftState] = useState<Card | null>(null);
  /** The stored card the current edit started from: "keep mine" re-applies only what the user changed. */
  const [base, setBase] = useState<Card | null>(null);
  const [conflict, setConflict] = useState<Card | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('details');

  const setDraft = (next: Card | null) => {
    if (next && !draft) setBase(stored ?? null);
    setDraftState(next);
  };

  useEffect(() => {
    setDraftState(null);
    setConflict(null);
    setError(null);
    setNotice(null);
    // Follows the stored card, so a save in another tab shows up here (and a later save knows it is stale).
    const sub = liveQuery(() => getCard(props.id)).subscribe({
      next: (c) => setStored(c ?? null),
      error: () => setStored(null),
    });
    return () => sub.unsubscribe();
  }, [props.id]);

  if (stored === undefined) return <aside class="la-panel">{t('loading')}</aside>;
  if (stored === null)
    return (
      <aside class="la-panel" aria-label={t('card')}>
        <p role="alert">{t('cardMissing')}</p>
        <Button onClick={props.onClose}>{t('close')}</Button>
      </aside>
    );

  const value = draft ?? stored;
  const errors = validateCard(value, { lang });
  const blocked = firstError(errors);
  const staleElsewhere = draft !== null && !conflict && stored.rev !== draft.rev;

  async function save(base: Card, baseRev: number) {
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const res = await send('ui→bg:updateCard', { card: cleanDraft(base), baseRev });
      setDraft(null);
      setConflict(null);
      setStored(res.card);
      setNotice(t('saved'));
      props.onSaved();
    } catch (e) {
      if (e instanceof MessageError && e.code === 'conflict') {
        const parsed = Card.safeParse((e.data as { card?: unknown } | undefined)?.card);
        setConflict(parsed.success ? parsed.data : ((await getCard(props.id)) ?? null));
      } else {
        setError(errorText(t, e));
      }
    } finally {
      setSaving(false);
    }
  }

  // One card to the trash (restorable from it, or with the Restore button that takes this one's place).
  async function trashOrRestore() {
    setError(null);
    setNotice(null);
    try {
      const ids = [props.id];
      if (stored?.deletedAt) await send('ui→bg:restoreCards', { ids });
      else await send('ui→bg:trashCards', { ids });
      setNotice(t(stored?.deletedAt ? 'bulk.restored.one' : 'bulk.trashed.one', { n: 1 }));
      props.onSaved();
    } catch (e) {
      setError(errorText(t, e));
    }
  }

  // What the user changed since they started, laid over the newer card.
  const mine = draft && base ? diffCards(base, draft, 0) : [];
  const merged = conflict && draft ? applyChanges(conflict, mine) : null;
  const changed = conflict && merged ? diffCards(conflict, merged, 0) : [];

  return (
    <aside
      class="la-panel"
      aria-label={t('card')}
      data-testid="card-panel"
      onKeyDown={(e) => {
        // Escape closes the card, unless an edit would be lost (then Discard or Save first).
        if (e.key === 'Escape' && !draft && !conflict) props.onClose();
      }}
    >
      <header class="la-panel-head">
        <h2>{stored.name || t('noName')}</h2>
        <span class="la-number">{stored.number}</span>
        {stored.deletedAt && <span class="la-badge">{t('inTrash')}</span>}
        <Button
          variant={stored.deletedAt ? 'secondary' : 'danger'}
          disabled={saving || !!draft}
          title={draft ? t('saveFirst') : undefined}
          onClick={() => void trashOrRestore()}
        >
          {stored.deletedAt ? t('card.restore') : t('card.toTrash')}
        </Button>
        <Button onClick={props.onClose} aria-label={t('close')}>
          ✕
        </Button>
      </header>
      <div role="tablist" class="la-tabs">
        {(['details', 'activity'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
            {t(`tab.${k}`)}
          </button>
        ))}
      </div>

      {conflict && (
        <div role="alert" class="la-conflict" data-testid="conflict">
          <p>{t('conflict')}</p>
          <ul>
            {changed.map((h) => (
              <li key={h.field}>
                {fieldLabel(h.field, lang)}
                {t('colon')}
                {t('conflict.theirs')} {short(h.old)} — {t('conflict.yours')} {short(h.new)}
              </li>
            ))}
          </ul>
          <Button
            onClick={() => {
              setDraft(null);
              setConflict(null);
              setStored(conflict);
            }}
          >
            {t('conflict.takeTheirs')}
          </Button>
          <Button variant="primary" onClick={() => merged && void save(merged, conflict.rev)}>
            {t('conflict.keepMine')}
          </Button>
        </div>
      )}
      {staleElsewhere && <p class="la-note">{t('changedElsewhere')}</p>}
      {error && (
        <p role="alert" class="la-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" class="la-note">
          {notice}
        </p>
      )}

      {tab === 'details' ? (
        <>
          <CardEditor value={value} onChange={(next) => setDraft(next)} errors={errors} idPrefix="archive-card" />
          <div class="la-savebar">
            <Button
              variant="primary"
              disabled={!draft || saving || !!blocked || !!conflict}
              title={blocked}
              onClick={() => draft && void save(draft, draft.rev)}
            >
              {saving ? t('saving') : t('save')}
            </Button>
            <Button disabled={!draft || saving} onClick={() => setDraft(null)}>
              {t('discard')}
            </Button>
            {blocked && draft && <span class="la-error">{blocked}</span>}
          </div>
        </>
      ) : (
        <CardActivity card={stored} onChanged={props.onSaved} />
      )}
    </aside>
  );
}

function short(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? s.slice(0, 79) + '…' : s;
}
