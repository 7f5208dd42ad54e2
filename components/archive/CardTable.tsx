import { useEffect, useRef, useState } from 'preact/hooks';
import { displayPhone } from '../../lib/card/phone-display';
import type { Card } from '../../lib/card/schema';
import { getDb } from '../../lib/db';
import { cardsFor } from '../../lib/views/list';
import { columnValue, isSortable, type Column, type Sort } from '../../lib/views/sort';
import { useT } from '../i18n';
import { useClassLabels } from './labels';
import { archiveMessages } from './messages';

// The archive as a table that scrolls through any number of cards: only the rows in view (plus a few either side)
// are in the DOM, and only their cards are read from the database, a screenful at a time.
// Keyboard: one row is the tab stop (roving tabindex); arrows, Page Up/Down, Home/End move it (scrolling the list),
// Enter opens the card beside the list, Space selects it.

export const ROW_HEIGHT = 32;
const OVERSCAN = 10;

export interface CardTableProps {
  ids: string[];
  columns: Column[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  openId: string | null;
  onOpen: (id: string) => void;
  selected: Set<string>;
  onSelect: (ids: string[], on: boolean) => void;
  /** Bumped after a write so cached rows are read again. */
  version: number;
  /** Changes with the search, filter, sort or trash view: the list starts again from the top. */
  queryKey: string;
  /** Told each time rows have been read and drawn. */
  onRows?: () => void;
}

function formatDate(ms: number, lang: string): string {
  return ms ? new Date(ms).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB') : '';
}

export function CardTable(props: CardTableProps) {
  const t = useT(archiveMessages);
  const labels = useClassLabels();
  const scroller = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState({ start: 0, end: 60 });
  const [rows, setRows] = useState<Map<string, Card>>(new Map());
  const cache = useRef(new Map<string, Card>());
  /** The keyboard's row (index into ids); focused after a key moved it and the row is drawn. */
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);

  useEffect(() => {
    cache.current = new Map();
    setRows(new Map());
  }, [props.version]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const first = Math.floor(el.scrollTop / ROW_HEIGHT);
    const visible = Math.ceil(el.clientHeight / ROW_HEIGHT);
    const start = Math.max(0, first - OVERSCAN);
    const end = Math.min(props.ids.length, first + visible + OVERSCAN);
    if (start !== range.start || end !== range.end) setRange({ start, end });
  };
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setActive(0);
  }, [props.queryKey]);
  useEffect(onScroll, [props.ids]);

  const visibleIds = props.ids.slice(range.start, Math.min(range.end, props.ids.length));
  const key = visibleIds.join('|');
  useEffect(() => {
    const missing = visibleIds.filter((id) => !cache.current.has(id));
    if (!missing.length) return;
    let live = true;
    void cardsFor(getDb(), missing).then((cards) => {
      if (!live) return;
      for (const c of cards) cache.current.set(c.id, c);
      // Keep the cache to a few screens so 100,000 rows never sit in memory.
      if (cache.current.size > 2000) {
        const keep = new Set(visibleIds);
        for (const id of cache.current.keys()) if (!keep.has(id)) cache.current.delete(id);
      }
      setRows(new Map(cache.current));
      requestAnimationFrame(() => props.onRows?.());
    });
    return () => {
      live = false;
    };
  }, [key, props.version]);

  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[aria-rowindex="${active + 1}"]`);
    if (row) {
      focusWanted.current = false;
      row.focus();
    }
  });

  const moveTo = (index: number) => {
    const el = scroller.current;
    const last = props.ids.length - 1;
    if (!el || last < 0) return;
    const next = Math.max(0, Math.min(last, index));
    const top = next * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - Math.max(el.clientHeight, ROW_HEIGHT);
    onScroll();
    // A row beyond the drawn range is drawn first: make sure it is in range even before a scroll event arrives.
    if (next < range.start || next >= range.end)
      setRange({ start: Math.max(0, next - OVERSCAN), end: Math.min(props.ids.length, next + OVERSCAN + 1) });
    focusWanted.current = true;
    setActive(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    // Typing in a cell's control (none today but the checkbox) keeps its own keys, except moving between rows.
    const onCheckbox = target instanceof HTMLInputElement;
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const id = props.ids[active];
    switch (e.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'PageDown':
        moveTo(active + page);
        break;
      case 'PageUp':
        moveTo(active - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(props.ids.length - 1);
        break;
      case 'Enter':
        if (onCheckbox || !id || target.tagName === 'A') return;
        props.onOpen(id);
        break;
      case ' ':
        if (onCheckbox || !id) return;
        props.onSelect([id], !props.selected.has(id));
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const cell = (card: Card, col: Column) => {
    const v = columnValue(card, col);
    if (col === 'created' || col === 'updated' || col === 'reviewed') return formatDate(v as number, labels.lang);
    if (col === 'grade') return card.classification.grade ? labels.grade(card.classification.grade) : '';
    if (col === 'tier') return card.classification.valueTier ? labels.tier(card.classification.valueTier) : '';
    if (col === 'lifecycle')
      return card.classification.lifecycle ? labels.lifecycle(card.classification.lifecycle) : '';
    if (col === 'stage') return card.classification.stage ? labels.stage(card.classification.stage) : '';
    if (col === 'kind') return t(`kind.${card.kind}`);
    if (col === 'phone') return displayPhone(String(v));
    return String(v);
  };

  const header = (col: Column) => {
    const active = props.sort.col === col;
    const sortable = isSortable(col);
    const aria = active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    return (
      <span key={col} role="columnheader" aria-sort={aria} class={`la-cell la-col-${col}`}>
        {sortable ? (
          <button
            type="button"
            class="la-sort"
            onClick={() => props.onSort({ col, dir: active && props.sort.dir === 'desc' ? 'asc' : 'desc' })}
          >
            {t(`col.${col}`)}
            {active ? (props.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
          </button>
        ) : (
          t(`col.${col}`)
        )}
      </span>
    );
  };

  // The tab stop: the keyboard's row, or the first drawn row when that one is scrolled away.
  const stop = active >= range.start && active < range.start + visibleIds.length ? active : range.start;
  const allSelected = props.ids.length > 0 && props.selected.size === props.ids.length;
  return (
    <div class="la-table-wrap">
      {/* The header lays out like the rows below it (same flex cells), so columns line up. */}
      <div class="la-head" role="row">
        <span class="la-check">
          <input
            type="checkbox"
            aria-label={t('selectAll')}
            checked={allSelected}
            onChange={(e) => props.onSelect(props.ids, (e.target as HTMLInputElement).checked)}
          />
        </span>
        {props.columns.map(header)}
      </div>
      <div
        class="la-scroller"
        ref={scroller}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        role="grid"
        aria-rowcount={props.ids.length}
        aria-label={t('cards')}
        data-testid="card-table"
      >
        <div style={{ height: `${props.ids.length * ROW_HEIGHT}px`, position: 'relative' }}>
          {visibleIds.map((id, i) => {
            const card = rows.get(id);
            const index = range.start + i;
            return (
              <div
                key={id}
                role="row"
                tabIndex={index === stop ? 0 : -1}
                onFocusIn={() => index !== active && setActive(index)}
                aria-rowindex={index + 1}
                aria-selected={props.openId === id}
                class={`la-row${props.openId === id ? ' la-row-open' : ''}${index === active ? ' la-row-active' : ''}`}
                style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
                data-id={id}
              >
                <span role="gridcell" class="la-check">
                  <input
                    type="checkbox"
                    aria-label={t('selectCard', { name: card?.name ?? id })}
                    checked={props.selected.has(id)}
                    onChange={(e) => props.onSelect([id], (e.target as HTMLInputElement).checked)}
                  />
                </span>
                {props.columns.map((col, c) => (
                  <span role="gridcell" key={col} class={`la-cell la-col-${col}`}>
                    {card ? (
                      c === 0 ? (
                        <a
                          href={`#card=${encodeURIComponent(id)}`}
                          onClick={(e) => {
                            e.preventDefault();
                            props.onOpen(id);
                          }}
                        >
                          {cell(card, col) || t('noName')}
                        </a>
                      ) : (
                        cell(card, col)
                      )
                    ) : (
                      '…'
                    )}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
