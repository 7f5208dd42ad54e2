// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { draftToCard } from '../../../lib/card/from-draft';
import { Card } from '../../../lib/card/schema';
import { emptyLead } from '../../../lib/extract/types';
import { CardDraft } from '../../../lib/messages';
import { CardEditor, cleanDraft } from '../../../components/card-editor/CardEditor';
import { GradeLabelsContext } from '../../../components/common/grade-labels';
import { LangContext } from '../../../components/i18n';
import type { Lang } from '../../../lib/i18n';
import { button, choose, click, field, labelled, mount, type, unmount } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';

function capturedDraft(): CardDraft {
  const lead = emptyLead();
  lead.organization = { value: 'Acme Trading Co., Ltd.', src: 'jsonld', conf: 0.95 };
  lead.phones = [{ value: '+86 21 6888 1234', src: 'label', conf: 0.85 }];
  lead.emails = [{ value: 'sales@acme.cn', src: 'link', conf: 0.8 }];
  lead.websites = [{ value: 'https://acme.cn/', src: 'meta', conf: 0.6 }];
  lead.persons = [
    {
      value: { name: 'Wang Fang', title: 'Sales Manager', phones: [], emails: ['wang@acme.cn'] },
      src: 'label',
      conf: 0.85,
    },
  ];
  lead.addresses = [
    { value: { street: '88 Century Ave', city: 'Shanghai', country: 'CN' }, src: 'jsonld', conf: 0.95 },
  ];
  return draftToCard(lead, { url: 'https://acme.cn/contact', capturedAt: 1_700_000_000_000 });
}

/** The editor as a page uses it: controlled, keeping the latest value where the test can read it. */
function Harness(props: { initial: CardDraft; out: { value?: CardDraft }; lang?: Lang }) {
  const [value, setValue] = useState(props.initial);
  props.out.value = value;
  return (
    <LangContext.Provider value={props.lang ?? 'en'}>
      <CardEditor value={value} onChange={setValue} idPrefix="t" />
    </LangContext.Provider>
  );
}

let root: HTMLElement | undefined;
afterEach(() => root && unmount(root));

describe('CardEditor', () => {
  it('shows a captured draft with provenance markers', () => {
    const out: { value?: CardDraft } = {};
    root = mount(<Harness initial={capturedDraft()} out={out} />);
    expect(field(root, 'Customer name').value).toBe('Acme Trading Co., Ltd.');
    expect(field(root, 'Phone 1').value).toBe('+862168881234');
    expect(field(root, 'Contact 1 title').value).toBe('Sales Manager');
    expect(field(root, 'Address 1 city').value).toBe('Shanghai');
    const marks = [...root.querySelectorAll('.la-prov')].map((m) => m.getAttribute('title'));
    expect(marks).toContain('Found by label, confidence 85%, on acme.cn');
    expect(marks).toContain('Found by link, confidence 80%, on acme.cn');
  });

  it('shows inline messages for invalid values and clears them when fixed', () => {
    const out: { value?: CardDraft } = {};
    root = mount(<Harness initial={capturedDraft()} out={out} />);
    const email = field(root, 'Email 1');
    type(email, 'sales at acme');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const msg = root.querySelector(`#${email.getAttribute('aria-describedby')}`);
    expect(msg?.textContent).toBe('This is not an email address.');
    type(email, 'sales@acme.com');
    expect(email.hasAttribute('aria-invalid')).toBe(false);
    type(field(root, 'Phone 1'), '12');
    expect(root.textContent).toContain('Not a phone number that can be read');
    // A back end's masked number is allowed, and marked as such.
    type(field(root, 'Phone 1'), '138****5678');
    expect(root.textContent).not.toContain('Not a phone number that can be read');
    expect(root.querySelector('.la-masked')?.textContent).toBe('masked');
    expect(out.value!.phones[0]).toMatchObject({ value: '138****5678', masked: true });
  });

  it('adds and removes values, people and addresses', () => {
    const out: { value?: CardDraft } = {};
    root = mount(<Harness initial={capturedDraft()} out={out} />);
    click(button(root, 'Add fax'));
    type(field(root, 'Fax 1'), '+86 21 6888 1235');
    click(button(root, 'Add IM handle'));
    choose(field<HTMLSelectElement>(root, 'IM 1 type'), 'qq');
    type(field(root, 'IM 1 handle'), '88886666');
    click(button(root, 'Add contact person'));
    type(field(root, 'Contact 2 name'), 'Li Lei');
    click(field(root, 'Contact 2 is the primary contact'));
    click(button(root, 'Remove Phone 1'));
    click(button(root, 'Remove address 1'));
    const v = out.value!;
    expect(v.faxes.map((f) => f.value)).toEqual(['+86 21 6888 1235']);
    expect(v.faxes[0].prov?.src).toBe('user');
    expect(v.im).toMatchObject([{ kind: 'qq', value: '88886666' }]);
    expect(v.contacts.map((c) => [c.name, c.primary])).toEqual([
      ['Wang Fang', false],
      ['Li Lei', true],
    ]);
    expect(v.phones).toEqual([]);
    expect(v.addresses).toEqual([]);
  });

  it('round trip: captured draft → edits → a card the schema accepts, nothing dropped', () => {
    const out: { value?: CardDraft } = {};
    const initial = capturedDraft();
    root = mount(<Harness initial={initial} out={out} />);
    type(field(root, 'Customer name'), 'Acme Trading (Shanghai) Co., Ltd.');
    choose(field<HTMLSelectElement>(root, 'Grade'), 'A');
    choose(field<HTMLSelectElement>(root, 'Stage'), 'needs');
    type(field(root, 'Tags (comma-separated)'), 'valves, export,');
    type(field(root, 'Main products (comma-separated)'), 'ball valves，gate valves');
    type(field(root, 'Industry'), 'Machinery');
    type(field(root, 'Risk warnings'), 'Pays late');
    click(button(root, 'Add email'));
    const draft = cleanDraft(out.value!);
    const card = Card.parse({ ...draft, id: 'x', number: 'C-2026-0001', createdAt: 1, updatedAt: 1 });
    expect(card.name).toBe('Acme Trading (Shanghai) Co., Ltd.');
    expect(card.classification).toEqual({ grade: 'A', stage: 'needs', tags: ['valves', 'export'] });
    expect(card.company.mainProducts).toEqual(['ball valves', 'gate valves']);
    expect(card.company.industry).toBe('Machinery');
    expect(card.notes.risk).toBe('Pays late');
    expect(card.emails.map((e) => e.value)).toEqual(['sales@acme.cn']);
    // Fields the editor does not show survive untouched.
    expect(card.sources).toEqual(initial.sources);
    expect(card.contacts[0].emails).toEqual(initial.contacts[0].emails);
    expect(card.addresses).toEqual(initial.addresses);
    // The tags field keeps the trailing comma the user is typing.
    expect(field(root, 'Tags (comma-separated)').value).toBe('valves, export,');
  });

  it('keeps the fields of a stored card (id, number, rev) through an edit', () => {
    const stored = Card.parse({
      ...capturedDraft(),
      id: 'card-1',
      number: 'C-2026-0007',
      createdAt: 5,
      updatedAt: 6,
      rev: 3,
    });
    const out: { value?: CardDraft } = {};
    root = mount(<Harness initial={stored} out={out} />);
    expect(root.textContent).toContain('C-2026-0007');
    type(field(root, 'Notes'), 'Met at Canton Fair');
    expect(out.value).toMatchObject({
      id: 'card-1',
      number: 'C-2026-0007',
      rev: 3,
      notes: { text: 'Met at Canton Fair' },
    });
  });

  it('renders scraped markup as text and never links javascript:', () => {
    const d = capturedDraft();
    d.name = XSS;
    d.websites = [{ value: 'javascript:alert(1)' }, { value: 'https://acme.cn/' }];
    d.contacts[0].title = XSS;
    d.addresses[0].raw = XSS;
    const out: { value?: CardDraft } = {};
    root = mount(<Harness initial={d} out={out} />);
    expect(root.querySelector('img')).toBeNull();
    expect(field(root, 'Customer name').value).toBe(XSS);
    expect(root.textContent).toContain(`As written on the page: ${XSS}`);
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://acme.cn/');
    expect(hrefs.some((h) => /^\s*javascript:/i.test(h ?? ''))).toBe(false);
    expect(root.textContent).toContain('Not a web address');
  });

  it('every label finds exactly one control, even by substring as Playwright getByLabel does', () => {
    const d = capturedDraft();
    d.phones.push({ value: '+86 21 6888 1299' });
    d.emails.push({ value: 'info@acme.cn' });
    d.im = [
      { kind: 'wechat', value: 'acme_sales' },
      { kind: 'qq', value: '88886666' },
    ];
    d.contacts.push({ id: 'c2', name: 'Li Lei', phones: [], emails: [], im: [], primary: false });
    d.addresses.push({ city: 'Ningbo' });
    for (const lang of ['en', 'zh'] as const) {
      const r = mount(<Harness initial={d} out={{}} lang={lang} />);
      const labels = [...r.querySelectorAll('label')].map((l) => l.textContent!.trim());
      expect(labels.length).toBeGreaterThan(40);
      for (const text of labels) expect([text, labelled(r, text).length]).toEqual([text, 1]);
      unmount(r);
    }
  });

  it('shows platform ids and captured orders read-only, as text', () => {
    const d = capturedDraft();
    d.platformIds = ['taobao:buyer_nick'];
    d.business.orders = [
      {
        number: '2026012345',
        platform: 'taobao',
        date: '2026-01-05',
        amount: 199,
        currency: 'CNY',
        items: [{ name: XSS }],
      },
    ];
    const r = mount(<Harness initial={d} out={{}} />);
    expect(r.textContent).toContain('Platform IDs: taobao:buyer_nick');
    expect(r.textContent).toContain(`Order 2026012345 · taobao · 2026-01-05 · CN¥199.00 · items: ${XSS}`);
    expect(r.querySelector('img')).toBeNull();
    unmount(r);
  });

  it('shows grades as 重要/特殊/一般 in Chinese', () => {
    const out: { value?: CardDraft } = {};
    root = mount(<Harness initial={capturedDraft()} out={out} lang="zh" />);
    const grade = field<HTMLSelectElement>(root, '客户等级');
    expect([...grade.options].map((o) => o.textContent)).toEqual(['未分级', '重要', '特殊', '一般']);
    expect(field(root, '客户名称').value).toBe('Acme Trading Co., Ltd.');
  });

  it('shows the grade names the user chose in the settings, the default for a grade left unnamed', () => {
    const out: { value?: CardDraft } = {};
    root = mount(
      <GradeLabelsContext.Provider value={{ A: 'VIP', C: '普通' }}>
        <Harness initial={capturedDraft()} out={out} lang="zh" />
      </GradeLabelsContext.Provider>,
    );
    const grade = field<HTMLSelectElement>(root, '客户等级');
    expect([...grade.options].map((o) => o.textContent)).toEqual(['未分级', 'VIP', '特殊', '普通']);
  });
});
