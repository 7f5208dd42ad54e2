import { MessageError } from '../messages';

// Storage failures become codes the UI can translate: a full disk is not the same problem as a closed database.

export function toMessageError(e: unknown): MessageError {
  if (e instanceof MessageError) return e;
  const err = e as { name?: string; message?: string; inner?: { name?: string } } | null;
  const names = [err?.name, err?.inner?.name];
  const message = err?.message ?? String(e);
  if (names.includes('QuotaExceededError') || /quota/i.test(message)) return new MessageError('quota', message);
  if (
    names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError') ||
    /database.*closed/i.test(message)
  ) {
    return new MessageError('db-closed', message);
  }
  if (names.includes('ConstraintError')) return new MessageError('conflict', message);
  return new MessageError('internal', message);
}
