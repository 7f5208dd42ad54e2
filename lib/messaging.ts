import { browser } from 'wxt/browser';
import { MessageError, Reply, Requests, type Req, type RequestName, type Res } from './messages';

// The typed client extension pages use to talk to the background: the request is checked against the protocol
// before it leaves, and the reply after it comes back. A failure arrives as a MessageError with a stable code.

export type Transport = (envelope: { type: string; payload: unknown }) => Promise<unknown>;

const runtimeTransport: Transport = (envelope) => browser.runtime.sendMessage(envelope);
let transport: Transport = runtimeTransport;

/** Tests replace the transport (for example with the router itself). */
export function setTransport(t: Transport | null): void {
  transport = t ?? runtimeTransport;
}

export async function send<N extends RequestName>(name: N, payload: Req<N>): Promise<Res<N>> {
  const spec = Requests[name];
  const req = spec.req.safeParse(payload);
  if (!req.success) throw new MessageError('invalid-request', `${name}: ${req.error.issues[0]?.message ?? 'invalid'}`);
  let raw: unknown;
  try {
    raw = await transport({ type: name, payload: req.data });
  } catch (e) {
    // The background was not reachable (reloading, or not started yet).
    throw new MessageError('internal', `${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const reply = Reply.safeParse(raw);
  if (!reply.success) throw new MessageError('internal', `${name}: malformed reply`);
  if (!reply.data.ok) throw new MessageError(reply.data.code, reply.data.message, reply.data.data);
  const res = spec.res.safeParse(reply.data.data);
  if (!res.success) throw new MessageError('internal', `${name}: unexpected reply shape`);
  return res.data as Res<N>;
}
