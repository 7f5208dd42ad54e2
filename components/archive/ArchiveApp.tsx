import Dexie from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getDb } from '../../lib/db';
import { isEmptyFilter, type Filter } from '../../lib/views/filter';
import { firstIds, listIds, plainIdsInChunks } from '../../lib/views/list';
import { loadPrefs, savePrefs, type Prefs } from '../../lib/views/prefs';
import { DEFAULT_SORT, indexFor } from '../../lib/views/sort';
import { useT } from '../i18n';
import { Button } from '../common/Button';
import { CardTable } from './CardTable';
import { EmptyTrash } from './EmptyTrash';
import { GradeLabelsContext } from './labels';
import { readErrorText } from './error-text';
import { archiveMessages } from './messages';
import { countKey } from './plural';
import { keepListed } from './selection';
import { Workspace } from './Workspace';
import { readHash, writeHash } from './route';

type PanelType = (typeof import('./CardPanel'))['CardPanel'];

// The archive page: search and filters on top, the table of cards, the open card beside it; the workspace tools
// (bulk changes, saved views, Today, duplicates, charts, trash, export/import) around them.

export function ArchiveApp() {
  const t = useT(archiveMessages);
  const [prefs, setPrefs] = useState<Prefs | null>(null);
  const [text, setText] = useState('');
  /** The search text once typing pauses: each list query orders every match, so not on every keystroke. */
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), 120);
    return () => clearTimeout(timer);
  }, [text]);
  const [filter, setFilter] = useState<Filter>({});
  const [trash, setTrash] = useState(false);
  const [ids, setIds] = useState<string[] | null>(null);
  const [capped, setCapped] = useState(false);
  /** True while only the first screen is known (the full list is still being ordered). */
  const [partial, setPartial] = useState(false);
  const [openId, setOpenId] = useState<string | null>(readHash().card ?? null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [version, setVersion] = useState(0);
  const [ms, setMs] = useState<number | null>(null);
  /** Why the list could not be read (the database closed under the page, say); cleared by the next answer. */
  const [readError, setReadError] = useState<string | null>(null);
  /** A new list is being worked out while the old one stays on screen (sorting 100,000 cards by phone takes a while). */
  const [busy, setBusy] = useState(false);
  /** The list on screen is a stand-in (latest changes first) while a column without an index is sorted. */
  const [sorting, setSorting] = useState(false);
  const seq = useRef(0);
  /** Called once the table has painted its first rows (then the whole list is ordered). */
  const firstRows = useRef<(() => void) | null>(null);
  // The card panel (and the editor it brings) loads when a card is first opened, so the table paints sooner.
  const [Panel, setPanel] = useState<PanelType | null>(null);
  useEffect(() => {
    if (openId && !Panel) void import('./CardPanel').then((m) => setPanel(() => m.CardPanel));
  }, [openId]);

  useEffect(() => {
    void loadPrefs().then(setPrefs);
    const onHash = () => setOpenId(readHash().card ?? null);
    addEventListener('hashchange', onHash);
    // The hash may have changed between the first render and this listener (a link opened while the page loads).
    onHash();
    // Writes from the background (or another tab) reach this page through Dexie's change events.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMutated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((v) => v + 1), 300);
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      removeEventListener('hashchange', onHash);
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, []);

  const sort = prefs?.sort;
  useEffect(() => {
    if (!sort) return;
    const mine = ++seq.current;
    const started = performance.now();
    const q = { text: query, filter, sort, trash };
    const failed = (e: unknown) => {
      if (mine !== seq.current) return;
      setBusy(false);
      setSorting(false);
      setReadError(readErrorText(t, e));
    };
    const done = (r: { ids: string[]; capped: boolean }) => {
      if (mine !== seq.current) return;
      setBusy(false);
      setSorting(false);
      setReadError(null);
      setIds(r.ids);
      // A ticked card the new list no longer shows (search, filter, another view) is unticked.
      setSelected((cur) => keepListed(cur, r.ids));
      setPartial(false);
      setCapped(r.capped);
      setMs(Math.round(performance.now() - started));
    };
    // The plain list is read a chunk at a time (the table fills as it comes); anything else is ordered at once.
    // On opening, the table fills as chunks come (the count says "loading" meanwhile); a refresh keeps the list
    // on screen until the new one is complete.
    const cancelled = () => mine !== seq.current;
    const full = (stream: boolean) =>
      void plainIdsInChunks(getDb(), q, (chunk) => stream && mine === seq.current && setIds(chunk), cancelled)
        .then((plain) =>
          // A newer request (another order, a search, a write) stops this one between slices.
          plain ? done({ ids: plain, capped: false }) : listIds(getDb(), q, Date.now(), { cancelled }).then(done),
        )
        .catch(failed);
    setBusy(true);
    if (ids !== null) return full(false);
    // On opening: the first screen straight from the sort index, painted before the whole list is ordered (the
    // table says when its first rows are in; a second at most).
    void firstIds(getDb(), q, 100).then((first) => {
      if (mine !== seq.current) return;
      if (!first) return standIn();
      setPartial(true);
      setIds(first);
      const timer = setTimeout(() => firstRows.current?.(), 1000);
      firstRows.current = () => {
        clearTimeout(timer);
        firstRows.current = null;
        full(true);
      };
    }, failed);
    // A saved order by a column no index holds (phone…) reads every card: meanwhile the first screen shows the
    // latest changes first, said "sorting…", instead of "Loading…" until the whole archive is read.
    function standIn() {
      if (indexFor(q.sort.col) || q.text.trim() || !isEmptyFilter(q.filter) || q.trash) return full(false);
      void firstIds(getDb(), { ...q, sort: DEFAULT_SORT }, 100).then((first) => {
        if (mine !== seq.current) return;
        if (first) {
          setSorting(true);
          setIds(first);
        }
        full(false);
      }, failed);
    }
  }, [query, filter, sort?.col, sort?.dir, trash, version]);

  const updatePrefs = (next: Prefs) => {
    setPrefs(next);
    void savePrefs(next);
  };

  const open = (id: string | null) => {
    setOpenId(id);
    writeHash(id ? { card: id } : {});
  };

  const refresh = () => setVersion((v) => v + 1);

  if (!prefs) return <p>{t('loading')}</p>;

  return (
    <GradeLabelsContext.Provider value={prefs.gradeLabels}>
      <div class="la-archive">
        <header class="la-top">
          <h1>{trash ? t('trash') : t('title')}</h1>
          <input
            type="search"
            class="la-search"
            placeholder={t('search.placeholder')}
            aria-label={t('search')}
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
          <span role="status" class="la-count" data-testid="result-count">
            {sorting
              ? t('sorting')
              : ids === null || partial
                ? t('loading')
                : t(countKey('count', ids.length), { n: ids.length.toLocaleString() })}
            {capped ? ` ${t('capped')}` : ''}
            {ms !== null && ids !== null && !sorting ? ` · ${t('took', { ms })}` : ''}
            {busy && ids !== null && !partial && !sorting ? ` · ${t('updating')}` : ''}
          </span>
          <button
            type="button"
            class="la-btn la-btn-secondary"
            aria-pressed={trash}
            onClick={() => {
              setTrash(!trash);
              setSelected(new Set());
            }}
          >
            {trash ? t('leaveTrash') : t('showTrash')}
          </button>
          {!isEmptyFilter(filter) && <Button onClick={() => setFilter({})}>{t('clearFilter')}</Button>}
          {trash && ids !== null && !text && isEmptyFilter(filter) && (
            <EmptyTrash count={ids.length} onDone={refresh} />
          )}
        </header>
        <Workspace
          prefs={prefs}
          onPrefs={updatePrefs}
          text={text}
          onText={setText}
          filter={filter}
          onFilter={setFilter}
          trash={trash}
          ids={ids ?? []}
          selected={selected}
          onSelected={setSelected}
          onOpen={open}
          onChanged={refresh}
          version={version}
        >
          {readError && (
            <p role="alert" class="la-error">
              {readError} <Button onClick={refresh}>{t('tool.retry')}</Button>
            </p>
          )}
          <div class={`la-main${openId ? ' la-with-panel' : ''}`}>
            {ids !== null && ids.length === 0 ? (
              <p class="la-empty">
                {text || !isEmptyFilter(filter) ? t('noMatch') : trash ? t('trashEmpty') : t('empty')}
              </p>
            ) : (
              <CardTable
                ids={ids ?? []}
                columns={prefs.columns}
                sort={prefs.sort}
                onSort={(s) => updatePrefs({ ...prefs, sort: s })}
                openId={openId}
                onOpen={open}
                selected={selected}
                onSelect={(list, on) => {
                  const next = new Set(selected);
                  for (const id of list) {
                    if (on) next.add(id);
                    else next.delete(id);
                  }
                  setSelected(next);
                }}
                version={version}
                queryKey={JSON.stringify([query, filter, sort, trash])}
                onRows={() => firstRows.current?.()}
              />
            )}
            {openId && Panel && <Panel id={openId} onClose={() => open(null)} onSaved={refresh} />}
          </div>
        </Workspace>
      </div>
    </GradeLabelsContext.Provider>
  );
}
