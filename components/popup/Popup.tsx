import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Card, Prov } from '../../lib/card/schema';
import type { ExtractResult } from '../../lib/extract/types';
import type { CardDraft, Req, RequestName, Res } from '../../lib/messages';
import { CardEditor, cleanDraft, firstError, validateCard } from '../card-editor/CardEditor';
import { Button } from '../common/Button';
import { useLang, useT } from '../i18n';
import { TodayDrawer } from './TodayDrawer';
import { emptyDraft, leadsOf, nameProvOf, toFailure, withTimeout, type Failure, type Lead } from './flow';
import { LeadChooser } from './LeadChooser';
import { ListQueue } from '../list-queue/ListQueue';
import { AdapterNote, isAdapterList } from './AdapterNote';
import { TeachButton } from '../teach/TeachButton';
import { PageBadges, type HostPermissions } from '../badges/PageBadges';
import { browserPermissions } from '../badges/browser-permissions';
import { popupMessages, type PopupKey } from './messages';

const siteOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};
import { usePendingSaver, useMatches } from './hooks';
import { readPending } from './pending';
import { SaveBar, type SaveMode } from './SaveBar';
import './popup.css';

/** What the popup needs from the browser; the entrypoint wires the real one, tests a fake. */
export interface PopupApi {
  send<N extends RequestName>(name: N, payload: Req<N>): Promise<Res<N>>;
  /** The tab to capture: `?tabId=N` when the popup is opened as a page, else the active tab. */
  findTabId(): Promise<number | undefined>;
  openArchive(cardId: string): unknown;
  /** Host permissions for the list page's badges; the browser's own when absent. */
  permissions?: HostPermissions;
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'error'; failure: Failure }
  | { kind: 'empty'; result?: ExtractResult }
  | { kind: 'choose'; result: ExtractResult; leads: Lead[] }
  /** A site adapter's list page (order list, search results): every item in a queue, saved in one step. */
  | { kind: 'list'; result: ExtractResult }
  | {
      kind: 'edit';
      draft: CardDraft;
      result?: ExtractResult;
      leadIndex?: number;
      nameProv?: Prov;
      /** The capture holds several leads: offer the way back to the chooser. */
      multi?: boolean;
    }
  | { kind: 'saved'; card: Card; created: boolean; result?: ExtractResult; multi?: boolean };

/** How long the popup waits for a capture before offering a retry (the background gives up after ~2 s itself). */
const CAPTURE_TIMEOUT_MS = 8000;

export function Popup({
  api,
  debounceMs = 300,
  captureTimeoutMs = CAPTURE_TIMEOUT_MS,
}: {
  api: PopupApi;
  debounceMs?: number;
  captureTimeoutMs?: number;
}) {
  const t = useT(popupMessages);
  const lang = useLang();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [mergeInto, setMergeInto] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  /** Counts the list queue's saves, so the page's badges are redrawn after each. */
  const [savedBatches, setSavedBatches] = useState(0);
  const [failure, setFailure] = useState<(Failure & { mode: SaveMode }) | null>(null);
  const pending = usePendingSaver(api, debounceMs);
  /** The tab of a context-menu capture (the popup may then be a window of its own, not over that tab). */
  const sourceTab = useRef<number | undefined>(undefined);

  /** Where the shown draft came from: this page now, an unsaved edit kept from before, or the context menu. */
  const [origin, setOrigin] = useState<'fresh' | 'restored' | 'menu'>('fresh');

  const edit = (draft: CardDraft, result?: ExtractResult, leadIndex?: number, multi = false) => {
    setMatches(null);
    setMergeInto(undefined);
    setFailure(null);
    const nameProv = nameProvOf(result, leadIndex ?? -1);
    setPhase({ kind: 'edit', draft, result, leadIndex, nameProv, multi });
  };

  const showResult = (result: ExtractResult) => {
    if (isAdapterList(result)) return setPhase({ kind: 'list', result });
    const leads = leadsOf(result);
    if (leads.length === 0) setPhase({ kind: 'empty', result });
    else if (leads.length === 1) edit(leads[0].draft, result, leads[0].index);
    else setPhase({ kind: 'choose', result, leads });
  };

  const start = async (usePending: boolean) => {
    setPhase({ kind: 'loading' });
    setOrigin('fresh');
    if (usePending) {
      try {
        const restored = readPending((await api.send('ui→bg:getPendingDraft', {})).pending);
        if (restored?.tabId !== undefined) sourceTab.current = restored.tabId;
        if (restored?.kind === 'error') {
          // Shown now; nothing in it to keep, and it must not come back on the next opening.
          api.send('ui→bg:setPendingDraft', { pending: null }).catch(() => undefined);
          return setPhase({ kind: 'error', failure: { code: restored.code, detail: restored.message } });
        }
        if (restored?.kind === 'edit') {
          const e = restored.edit;
          setOrigin('restored');
          edit(e.draft, e.result, e.leadIndex, !!e.result && leadsOf(e.result).length > 1);
          return;
        }
        if (restored?.kind === 'result') {
          setOrigin('menu');
          return showResult(restored.result);
        }
      } catch {
        // No pending draft to be had (background restarting): capture the page instead.
      }
    }
    try {
      const tabId = sourceTab.current ?? (await api.findTabId());
      if (tabId === undefined) return setPhase({ kind: 'error', failure: { code: 'no-tab', detail: '' } });
      const { result } = await withTimeout(api.send('ui→bg:captureTab', { tabId }), captureTimeoutMs);
      showResult(result as ExtractResult);
    } catch (e) {
      setPhase({ kind: 'error', failure: toFailure(e) });
    }
  };

  useEffect(() => void start(true), []);

  const draft = phase.kind === 'edit' ? phase.draft : null;
  const errors = useMemo(() => (draft ? validateCard(draft, { lang }) : {}), [draft, lang]);
  const [matches, setMatches] = useMatches(api, draft, debounceMs);

  const change = (next: CardDraft) => {
    if (phase.kind !== 'edit') return;
    const p = { ...phase, draft: next };
    setPhase(p);
    pending.queue({
      v: 1,
      draft: next,
      result: p.result,
      leadIndex: p.leadIndex,
      nameProv: p.nameProv,
      tabId: sourceTab.current,
    });
  };

  const save = async (mode: SaveMode) => {
    if (phase.kind !== 'edit') return;
    const clean = cleanDraft(phase.draft);
    setSaving(true);
    setFailure(null);
    try {
      if (mode === 'auto') {
        const found = (await api.send('ui→bg:findMatches', { draft: clean })).matches;
        if (found.length > 0) {
          setMatches(found);
          return;
        }
      }
      const target = mode === 'merge' ? (mergeInto ?? matches?.[0]?.id) : undefined;
      const { card, created } = await api.send('ui→bg:saveDraft', {
        draft: clean,
        ...(target ? { mergeInto: target } : {}),
        // "Save as new" after a match: the background would otherwise merge into the matching card.
        ...(mode === 'new' ? { asNew: true } : {}),
      });
      pending.drop();
      setPhase({ kind: 'saved', card, created, result: phase.result, multi: phase.multi });
      api.send('ui→bg:setPendingDraft', { pending: null }).catch(() => undefined);
    } catch (e) {
      setFailure({ ...toFailure(e), mode });
    } finally {
      setSaving(false);
    }
  };

  /**
   * Drops the restored draft for good (so the next opening does not bring it back) and captures the tab the user
   * is on now, not the one the old draft came from.
   */
  const discard = () => {
    pending.drop();
    sourceTab.current = undefined;
    api.send('ui→bg:setPendingDraft', { pending: null }).catch(() => undefined);
    void start(false);
  };

  const result = 'result' in phase ? phase.result : undefined;
  return (
    <main class="la-popup">
      <h1>{t('title')}</h1>
      <AdapterNote result={result} />
      {result?.partial && <p class="la-note">{t('partial')}</p>}
      {origin !== 'fresh' &&
        (phase.kind === 'edit' || phase.kind === 'choose' || phase.kind === 'list' || phase.kind === 'empty') && (
          <div class="la-note" role="status">
            {origin === 'restored' ? t('restored') : t('fromMenu', { page: siteOf(result?.url) })}{' '}
            <Button onClick={discard}>{t('discard')}</Button>
          </div>
        )}
      {phase.kind === 'loading' && (
        <p role="status" aria-busy="true" class="la-progress">
          {t('capturing')}
        </p>
      )}
      {phase.kind === 'error' && (
        <div role="alert" class="la-error">
          <p>{t(`err.${phase.failure.code}` as PopupKey, { detail: phase.failure.detail })}</p>
          <Button onClick={() => void start(false)}>{t('retry')}</Button>
        </div>
      )}
      {phase.kind === 'empty' && (
        <div class="la-empty">
          <p role="status">{t('nothingFound')}</p>
          <Button variant="primary" onClick={() => edit(emptyDraft(phase.result), phase.result)}>
            {t('startEmpty')}
          </Button>
        </div>
      )}
      {phase.kind === 'choose' && (
        <LeadChooser leads={phase.leads} onChoose={(l) => edit(l.draft, phase.result, l.index, true)} />
      )}
      {phase.kind === 'list' && (
        <>
          <ListQueue result={phase.result} send={api.send} onSaved={() => setSavedBatches((n) => n + 1)} />
          <PageBadges
            result={phase.result}
            send={api.send}
            tabId={async () => sourceTab.current ?? api.findTabId()}
            permissions={api.permissions ?? browserPermissions}
            version={savedBatches}
          />
        </>
      )}
      {phase.kind === 'edit' && (
        <>
          {phase.multi && phase.result && (
            <Button variant="link" onClick={() => showResult(phase.result!)}>
              {t('backToLeads')}
            </Button>
          )}
          <CardEditor
            value={phase.draft}
            onChange={change}
            errors={errors}
            nameProv={phase.nameProv}
            idPrefix="popup"
          />
          <SaveBar
            draftName={phase.draft.name}
            invalidReason={firstError(errors)}
            matches={matches}
            mergeInto={mergeInto}
            onMergeInto={setMergeInto}
            saving={saving}
            failure={failure}
            onSave={(m) => void save(m)}
          />
        </>
      )}
      {phase.kind === 'saved' && (
        <div class="la-saved" role="status">
          <p>{t(phase.created ? 'savedNew' : 'savedUpdated', { number: phase.card.number })}</p>
          <Button variant="primary" onClick={() => api.openArchive(phase.card.id)}>
            {t('openInArchive')}
          </Button>
          {phase.multi && phase.result ? (
            <Button onClick={() => showResult(phase.result!)}>{t('backToLeads')}</Button>
          ) : (
            <Button onClick={() => void start(false)}>{t('captureAnother')}</Button>
          )}
        </div>
      )}
      {phase.kind !== 'loading' && phase.kind !== 'error' && !result?.adapter?.recognised && (
        <TeachButton send={api.send} tabId={async () => sourceTab.current ?? api.findTabId()} result={result} />
      )}
      <TodayDrawer />
    </main>
  );
}
