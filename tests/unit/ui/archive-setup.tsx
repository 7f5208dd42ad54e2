import 'fake-indexeddb/auto';
import type { VNode } from 'preact';
import { createRouter } from '../../../lib/background/router';
import { handlers } from '../../../lib/background/handlers';
import { Card, type CardInput } from '../../../lib/card/schema';
import { ArchiveDb, setDb, toRecord } from '../../../lib/db';
import type { Lang } from '../../../lib/i18n';
import { setTransport } from '../../../lib/messaging';
import type { ErrorCode } from '../../../lib/messages';
import { LangContext } from '../../../components/i18n';
import { mount, settle, unmount } from './helpers';

// The archive page's pieces against the real background handlers (router + fake-indexeddb), with a switch that
// makes chosen requests fail the way a full disk or a closed database does.

export interface ArchiveEnv {
  db: ArchiveDb;
  /** Request names that fail with this code until removed. */
  failing: Map<string, ErrorCode>;
  calls: string[];
  render: (vnode: VNode, lang?: Lang) => HTMLElement;
  done: () => Promise<void>;
}

export function archiveEnv(): ArchiveEnv {
  const db = new ArchiveDb(`archive-ui-${Math.random()}`);
  setDb(db);
  const route = createRouter(handlers, () => true);
  const failing = new Map<string, ErrorCode>();
  const calls: string[] = [];
  setTransport(async (env) => {
    calls.push(env.type);
    const code = failing.get(env.type);
    if (code) return { ok: false, code, message: `${env.type} failed (${code})` };
    return route(env, {});
  });
  const roots: HTMLElement[] = [];
  return {
    db,
    failing,
    calls,
    render(vnode, lang = 'en') {
      const root = mount(<LangContext.Provider value={lang}>{vnode}</LangContext.Provider>);
      roots.push(root);
      return root;
    },
    async done() {
      for (const r of roots.splice(0)) unmount(r);
      setTransport(null);
      setDb(null);
      await db.delete();
    },
  };
}

let n = 0;
export function makeCard(over: Partial<CardInput> & { id: string; name: string }): Card {
  n++;
  return Card.parse({
    number: `C-2026-${String(n).padStart(4, '0')}`,
    kind: 'company',
    createdAt: Date.UTC(2026, 0, 1),
    updatedAt: Date.UTC(2026, 0, 1),
    ...over,
  });
}

export async function seed(db: ArchiveDb, cards: Card[]): Promise<void> {
  await db.cards.bulkPut(cards.map(toRecord));
}

export const text = (r: HTMLElement) => r.textContent ?? '';

/** Like waitFor, for checks that read the database. */
export async function until(check: () => Promise<unknown>, timeout = 3000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await settle(10);
    }
  }
}
