import { toMessageError } from '../../lib/archive/errors';
import { MessageError, type ErrorCode } from '../../lib/messages';
import type { Translate } from '../../lib/i18n';
import type { archiveMessages } from './messages';

// What the archive page says when a request fails. An expected failure (conflict, not found, disk full, database
// closed…) is said in the user's language by its code alone: the background's text is English written for logs.
// Only an unexpected (internal) error shows its raw text, after a translated lead-in, as something to report.

type Key = Parameters<Translate<keyof (typeof archiveMessages)['en']>>[0];
type T = Translate<Key>;

/** The message for a failed write; `by` names a message for a code where the context says more (undo, merge). */
export function errorText(t: T, e: unknown, by: Partial<Record<ErrorCode, Key>> = {}): string {
  const code: ErrorCode = e instanceof MessageError ? e.code : 'internal';
  const own = by[code];
  if (own) return t(own);
  if (code === 'internal') return t('error.internal', { message: e instanceof Error ? e.message : String(e) });
  return t(`error.${code}` as Key);
}

/** The message for a read that failed (the page reads the database itself, so errors arrive as Dexie's). */
export function readErrorText(t: T, e: unknown): string {
  const err = toMessageError(e);
  if (err.code === 'db-closed') return t('readFailed.closed');
  if (err.code === 'quota') return t('readFailed.quota');
  return t('readFailed', { message: err.message });
}
