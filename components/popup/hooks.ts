import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardDraft, CardSummary } from '../../lib/messages';
import { cleanDraft } from '../card-editor/validate';
import type { PopupEdit } from './pending';
import type { PopupApi } from './Popup';

/**
 * Hands the popup's edit to the background's pending-draft slot, debounced; flushed at once when the popup page
 * is hidden or closed (it is destroyed then, and the last keystrokes must not wait for the timer).
 */
export function usePendingSaver(api: PopupApi, debounceMs: number) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const unsent = useRef<PopupEdit | null>(null);
  const saver = useRef({
    flush() {
      clearTimeout(timer.current);
      const pending = unsent.current;
      unsent.current = null;
      if (pending) api.send('ui→bg:setPendingDraft', { pending }).catch(() => undefined);
    },
    /** After a save or a discard: what was waiting is no longer wanted. */
    drop() {
      clearTimeout(timer.current);
      unsent.current = null;
    },
    queue(pending: PopupEdit) {
      unsent.current = pending;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => saver.current.flush(), debounceMs);
    },
  });
  useEffect(() => {
    const { flush } = saver.current;
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, []);
  return saver.current;
}

/** The archive's cards this draft would duplicate, asked shortly after the user stops typing (null: unknown). */
export function useMatches(api: PopupApi, draft: CardDraft | null, debounceMs: number) {
  const [matches, setMatches] = useState<CardSummary[] | null>(null);
  const seqRef = useRef(0);
  useEffect(() => {
    if (!draft) return;
    const seq = ++seqRef.current;
    const timer = setTimeout(() => {
      const clean = cleanDraft(draft);
      if (!clean.name && !clean.phones.length && !clean.emails.length && !clean.im.length) return setMatches([]);
      api.send('ui→bg:findMatches', { draft: clean }).then(
        (r) => seq === seqRef.current && setMatches(r.matches),
        () => seq === seqRef.current && setMatches(null),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [draft]);
  return [matches, setMatches] as const;
}
