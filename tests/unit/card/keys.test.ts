import { describe, expect, it } from 'vitest';
import { dedupeKeys, nameKey } from '../../../lib/card/keys';
import { CardDraft } from '../../../lib/messages';

const draft = (p: object) => CardDraft.parse({ kind: 'company', name: 'X', ...p });

describe('dedupeKeys', () => {
  it('gives tel, email, im and pid keys, sorted and unique, from the card and its contacts', () => {
    const keys = dedupeKeys(
      draft({
        phones: [{ value: '+86 138 0013 8000' }, { value: '13800138000' }],
        emails: [{ value: 'Sales@Acme.com' }],
        im: [
          { kind: 'wechat', value: 'WangLei_88' },
          { kind: 'qq', value: '12345678' },
        ],
        platformIds: ['Taobao:buyer_1'],
        contacts: [{ id: 'c1', name: 'Li', emails: [{ value: 'li@acme.com' }], phones: [{ value: '+13128670110' }] }],
      }),
    );
    expect(keys).toEqual([
      'email:li@acme.com',
      'email:sales@acme.com',
      'im:qq:12345678',
      'im:wechat:wanglei_88',
      'pid:taobao:buyer_1',
      'tel:+13128670110',
      'tel:+8613800138000',
    ]);
  });
  it('makes no key of masked numbers, bad emails or faxes', () => {
    const keys = dedupeKeys(
      draft({
        phones: [{ value: '138****5678', masked: true }],
        emails: [{ value: 'nope' }],
        faxes: [{ value: '+8675588880000' }],
      }),
    );
    expect(keys).toEqual([]);
  });
  it('has the name as a separate, weaker key', () => {
    expect(nameKey({ name: 'Acme Trading Co., Ltd.' })).toBe('acmetrading');
    expect(dedupeKeys(draft({ name: 'Acme Trading Co., Ltd.' }))).toEqual([]);
  });
});
