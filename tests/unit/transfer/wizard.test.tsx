// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../lib/background/router';
import { handlers } from '../../../lib/background/handlers';
import { ArchiveDb, fromRecord, setDb, toRecord } from '../../../lib/db';
import { setTransport } from '../../../lib/messaging';
import { encryptBackup, MIN_ITERATIONS } from '../../../lib/backup/crypto';
import { exportJsonBlob } from '../../../lib/transfer/json-stream';
import { LangContext } from '../../../components/i18n';
import { ImportWizard } from '../../../components/transfer/ImportWizard';
import { button, choose, click, mount, type, unmount, waitFor } from '../ui/helpers';
import { card } from './cards';

// The import wizard against the real background handlers (router + fake-indexeddb): mapping, dry run, confirm.

let db: ArchiveDb;
let root: HTMLElement | null = null;
beforeEach(() => {
  db = new ArchiveDb(`wizard-${Math.random()}`);
  setDb(db);
  const route = createRouter(handlers, () => true);
  setTransport((env) => route(env, {}));
});
afterEach(async () => {
  if (root) unmount(root);
  root = null;
  setTransport(null);
  setDb(null);
  await db.delete();
});

function pick(r: HTMLElement, file: File) {
  const input = r.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
const text = (r: HTMLElement) => r.textContent ?? '';

describe('import wizard', () => {
  it('CSV with Chinese headings: guessed mapping, a changed column, preview, dry run, then one write', async () => {
    await db.cards.add(
      toRecord(card({ name: '已有客户', number: 'C-2026-0001', phones: [{ value: '+8613800138000' }] })),
    );
    root = mount(
      <LangContext.Provider value="zh">
        <ImportWizard />
      </LangContext.Provider>,
    );
    const csv =
      '公司名称,联系人,手机,说明文字\n华强电子,王小明,13900139000,=1+1\n已有客户,李雷,13800138000,老客户\n,,,\n';
    pick(root, new File([csv], '客户.csv', { type: 'text/csv' }));
    await waitFor(() => expect(text(root!)).toContain('将文件的列对应到客户字段'));
    const notes = root.querySelector('select[aria-label="客户字段: 说明文字"]') as HTMLSelectElement;
    expect(notes.value).toBe('');
    choose(notes, 'notes.text');
    await waitFor(() => expect(text(root!)).toContain('王小明'));
    click(button(root, '检查文件'));
    await waitFor(() => expect(text(root!)).toContain('导入将会（尚未写入任何内容）'));
    expect(text(root)).toContain('新客户：1');
    expect(text(root)).toContain('将更新已有客户：1');
    expect(await db.cards.count()).toBe(1);
    click(button(root, '导入 2 个客户'));
    await waitFor(() => expect(text(root!)).toContain('已导入：新建 1，更新 1'));
    const cards = (await db.cards.toArray()).map(fromRecord);
    expect(cards).toHaveLength(2);
    expect(cards.find((c) => c.name === '华强电子')?.notes.text).toBe('=1+1');
  });

  it('an encrypted backup: wrong passphrase is said plainly and nothing is written; the right one restores', async () => {
    const src = new ArchiveDb(`wizard-src-${Math.random()}`);
    await src.cards.add(toRecord(card({ name: 'Backed Up Ltd', number: 'C-2026-0009' })));
    const plain = new Uint8Array(await (await exportJsonBlob({}, src)).blob.arrayBuffer());
    await src.delete();
    const file = new File([await encryptBackup(plain, 'right passphrase', MIN_ITERATIONS)], 'x.leadbackup');
    root = mount(
      <LangContext.Provider value="en">
        <ImportWizard />
      </LangContext.Provider>,
    );
    pick(root, file);
    await waitFor(() => expect(text(root!)).toContain('Recognised as: Encrypted backup'));
    const pass = root.querySelector('input[type=password]') as HTMLInputElement;
    type(pass, 'wrong passphrase');
    click(button(root, 'Open backup'));
    await waitFor(() => expect(text(root!)).toContain('Wrong passphrase. Nothing was restored.'));
    expect(await db.cards.count()).toBe(0);
    type(pass, 'right passphrase');
    click(button(root, 'Open backup'));
    await waitFor(() => expect(text(root!)).toContain('New cards: 1'), 5000);
    click(button(root, 'Import 1 card'));
    await waitFor(() => expect(text(root!)).toContain('Imported: 1 new'));
    expect((await db.cards.toArray())[0].name).toBe('Backed Up Ltd');
  });

  it('an encrypted backup altered after it was made: the right passphrase is told the file was altered', async () => {
    const plain = new TextEncoder().encode('{"format":"lead-archive","version":1,"leads":[]}');
    const bytes = new Uint8Array(await (await encryptBackup(plain, 'right passphrase', MIN_ITERATIONS)).arrayBuffer());
    bytes[bytes.length - 3] ^= 0x40;
    root = mount(
      <LangContext.Provider value="zh">
        <ImportWizard />
      </LangContext.Provider>,
    );
    pick(root, new File([bytes], 'x.leadbackup'));
    await waitFor(() => expect(root!.querySelector('input[type=password]')).not.toBeNull());
    type(root.querySelector('input[type=password]') as HTMLInputElement, 'right passphrase');
    click(button(root, '打开备份'));
    await waitFor(() => expect(text(root!)).toContain('密码正确，但备份文件在生成后被改动或已损坏'));
    expect(await db.cards.count()).toBe(0);
  });

  it('a refused file says why and keeps the wizard usable', async () => {
    root = mount(
      <LangContext.Provider value="en">
        <ImportWizard />
      </LangContext.Provider>,
    );
    pick(root, new File(['{"format":"lead-archive","version":7,"leads":[]}'], 'future.json'));
    await waitFor(() => expect(text(root!)).toContain('newer Lead Archive (format version 7)'));
    pick(root, new File([new Uint8Array([0x61, 0x2c, 0xff, 0xfe])], 'bad.csv'));
    await waitFor(() => expect(text(root!)).toContain('not UTF-8 text'));
    expect(await db.cards.count()).toBe(0);
  });
});
