import { browser } from 'wxt/browser';
import { Envelope, MessageError, Requests, type Reply, type RequestName, type Res } from '../messages';
import { toMessageError } from '../archive/errors';

// Every message to the background comes through here: parsed with the protocol, checked to come from this
// extension's own pages (not a content script, not another extension, not a web page), answered as
// {ok, data} or {ok:false, code, message}. Handlers receive parsed payloads and may throw MessageError.

export type Handlers = {
  [N in RequestName]: (payload: z.output<(typeof Requests)[N]['req']>) => Promise<Res<N>>;
};
import type { z } from 'zod';

export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** True when the message comes from one of this extension's pages (popup, archive tab), not a content script. */
export function isExtensionPage(
  sender: Sender,
  runtimeId = browser.runtime.id,
  base = browser.runtime.getURL('/'),
): boolean {
  if (!sender || sender.id !== runtimeId || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(base);
}

function fail(e: unknown): Reply {
  const err = e instanceof MessageError ? e : toMessageError(e);
  const reply: Reply = { ok: false, code: err.code, message: err.message };
  if (err.data !== undefined) reply.data = err.data;
  return reply;
}

export function createRouter(
  handlers: Partial<Handlers>,
  checkSender: (s: Sender) => boolean = (s) => isExtensionPage(s),
) {
  return async function route(message: unknown, sender: Sender): Promise<Reply> {
    try {
      if (!checkSender(sender))
        throw new MessageError('forbidden-sender', 'Messages are accepted only from this extension’s pages.');
      const env = Envelope.safeParse(message);
      if (!env.success || !(env.data.type in Requests)) throw new MessageError('invalid-request', 'Unknown message.');
      const name = env.data.type as RequestName;
      const parsed = Requests[name].req.safeParse(env.data.payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new MessageError('invalid-request', `${name}: ${issue?.path.join('.') || 'payload'}: ${issue?.message}`);
      }
      const handler = handlers[name] as ((p: unknown) => Promise<unknown>) | undefined;
      if (!handler) throw new MessageError('invalid-request', `${name}: not handled`);
      const data = await handler(parsed.data);
      // Answers are checked too, so a handler bug shows up here rather than as a puzzling UI state.
      const out = Requests[name].res.safeParse(data);
      if (!out.success) throw new MessageError('internal', `${name}: reply did not match the protocol`);
      return { ok: true, data: out.data };
    } catch (e) {
      return fail(e);
    }
  };
}
