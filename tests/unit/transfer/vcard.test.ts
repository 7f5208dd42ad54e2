import { describe, expect, it } from 'vitest';
import { validateCandidates } from '../../../lib/transfer/records';
import { adrValue, cardToVcard, nameValue, uriPart } from '../../../lib/transfer/vcard';
import { parseVcards, unfold } from '../../../lib/transfer/vcard-parse';
import { card } from './cards';

// vCard details checked against RFC 6350 and the files Outlook, Google, Android and iOS write.

const lines = (v: string) => v.replace(/\r\n /g, '').split('\r\n');
const read = (text: string) => validateCandidates(parseVcards(text)).cards.map((c) => c.card);

describe('vCard 4.0 out', () => {
  it('gives a person N beside FN (family;given), escaped per component, and an org card none', () => {
    expect(nameValue('欧阳小明')).toBe('欧阳;小明;;;');
    expect(nameValue('Jane van Doe')).toBe('Doe;Jane van;;;');
    expect(nameValue('Smith, Jr; Bob')).toBe('Bob;Smith\\, Jr\\;;;;');
    const person = lines(cardToVcard(card({ kind: 'person', name: '王小明' })));
    expect(person.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:4.0']);
    expect(person).toContain('N:王;小明;;;');
    const org = lines(cardToVcard(card({ name: 'Acme Ltd' })));
    expect(org).toContain('KIND:org');
    expect(org.some((l) => l.startsWith('N:'))).toBe(false);
  });
  it('writes ADR as PO box;ext;street;locality;region;code;country with PO box and ext empty', () => {
    expect(
      adrValue({ street: '华强北路 1号', district: '福田区', city: '深圳', region: '广东', postcode: '518000' }),
    ).toBe(';;福田区 华强北路 1号;深圳;广东;518000;');
    expect(adrValue({ street: '福田区华强北路1号', district: '福田区' })).toBe(';;福田区华强北路1号;;;;');
    expect(adrValue({ raw: 'Unit 5; Block A, 8 Road', country: 'HK' })).toBe(';;Unit 5\\; Block A\\, 8 Road;;;;HK');
  });
  it('writes IMPP as a URI: characters a URI cannot hold are percent-encoded, and read back as they were', () => {
    expect(uriPart('hq_sales')).toBe('hq_sales');
    expect(uriPart('a b,c;d')).toBe('a%20b%2Cc%3Bd');
    expect(uriPart('小明')).toBe('%E5%B0%8F%E6%98%8E');
    const c = card({ name: 'X', im: [{ kind: 'skype', value: 'live:a b,c;d 小明%' }] });
    const v = cardToVcard(c);
    expect(lines(v)).toContain('IMPP:skype:live:a%20b%2Cc%3Bd%20%E5%B0%8F%E6%98%8E%25');
    expect(read(v)[0].im).toEqual([{ kind: 'skype', value: 'live:a b,c;d 小明%' }]);
  });
  it("writes the contact's department as ORG's unit (organisation;unit) and reads it back, also from X-DEPARTMENT", () => {
    const c = card({
      name: '华强; 电子',
      contacts: [{ id: 'a', name: '李雷', department: '采购部', title: '经理', primary: true }],
    });
    const v = cardToVcard(c);
    expect(lines(v)).toContain('ORG:华强\\; 电子;采购部');
    expect(v).not.toContain('X-DEPARTMENT');
    expect(read(v)[0]).toMatchObject({ name: '华强; 电子', contacts: [{ name: '李雷', department: '采购部' }] });
    const old = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nORG:B\r\nX-DEPARTMENT:销售部\r\nEND:VCARD\r\n';
    expect(read(old)[0].contacts[0].department).toBe('销售部');
  });
  it('puts one card or many in one file, each BEGIN…END with CRLF line ends', () => {
    const text = [card({ name: 'A' }), card({ name: 'B', kind: 'person' })].map(cardToVcard).join('');
    expect(text.match(/BEGIN:VCARD\r\nVERSION:4.0\r\n/g)).toHaveLength(2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(read(text).map((c) => c.name)).toEqual(['A', 'B']);
  });
});

describe('vCard in (2.1 / 3.0 / 4.0 from other apps)', () => {
  it('joins every quoted-printable soft line break of a value, not only the first', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=8E=8B;=E5=B0=8F=E6=98=8E;;;',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E7=AC=AC=E4=B8=80=E8=A1=8C=0D=0A=',
      '=E7=AC=AC=E4=BA=8C=E8=A1=8C=',
      '=20and more=',
      '',
      'TEL;CELL;VOICE:13800138000',
      'END:VCARD',
    ].join('\r\n');
    expect(unfold(text)).toHaveLength(6);
    const [c] = read(text);
    expect(c.name).toBe('王小明');
    expect(c.notes.text).toBe('第一行\r\n第二行 and more');
    expect(c.phones).toEqual([{ value: '13800138000', label: 'mobile' }]);
  });
  it('decodes quoted-printable in the CHARSET it names (GB2312/GBK from older phones)', () => {
    // 张三 in GBK is D5 C5 C8 FD
    const text =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GB2312;ENCODING=QUOTED-PRINTABLE:=D5=C5=C8=FD\r\nEND:VCARD\r\n';
    expect(read(text)[0].name).toBe('张三');
    const bare = 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;QUOTED-PRINTABLE:=E6=9D=8E=E5=9B=9B\r\nEND:VCARD\r\n';
    expect(read(bare)[0].name).toBe('李四');
  });
  it('reads grouped properties, Apple IMPP with X-SERVICE-TYPE, Android X-QQ, and ignores unknown ones', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//iPhone OS 17.0//EN',
      'N:Li;Lei;;;',
      'FN:Li Lei',
      'ORG:Example Trading;',
      'item1.TEL;type=pref:+86 21 5555 0100',
      'item1.X-ABLabel:_$!<Other>!$_',
      'IMPP;X-SERVICE-TYPE=QQ;type=HOME;type=pref:x-apple:123456',
      'IMPP;X-SERVICE-TYPE=Skype:skype:li.lei',
      'X-QQ:7654321',
      'X-WECHAT:lilei_wx',
      'item2.ADR;type=WORK:;Suite 5;1 Main St;Shanghai;;200000;China',
      'X-UNKNOWN;FOO="a:b":whatever',
      'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD',
      'END:VCARD',
    ].join('\n');
    const [c] = read(text);
    expect(c).toMatchObject({ kind: 'company', name: 'Example Trading' });
    expect(c.contacts[0].name).toBe('Li Lei');
    expect(c.phones.map((p) => p.value)).toEqual(['+86 21 5555 0100']);
    expect(c.im.map((h) => [h.kind, h.value])).toEqual([
      ['qq', '123456'],
      ['skype', 'li.lei'],
      ['qq', '7654321'],
      ['wechat', 'lilei_wx'],
    ]);
    expect(c.addresses[0]).toMatchObject({ street: '1 Main St, Suite 5', city: 'Shanghai', postcode: '200000' });
  });
  it('reads our own address back: the district stays in the street line', () => {
    const c = card({ name: 'A', addresses: [{ street: '华强北路 1号', district: '福田区', city: '深圳' }] });
    expect(read(cardToVcard(c))[0].addresses[0]).toMatchObject({ street: '福田区 华强北路 1号', city: '深圳' });
  });
  it('reads the district back from the extended address, where our earlier exports wrote it', () => {
    // As the previous version wrote it (lib/transfer/vcard.ts before e3f07bd): ;district;street;city;region;code;country
    const text = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:org',
      'FN:深圳华强电子有限公司',
      'ORG:深圳华强电子有限公司',
      'ADR;TYPE=work:;福田区;华强北路 1号;深圳;广东;518000;CN',
      'ADR;TYPE=work:;鄂托克前旗;敖勒召其镇 8号;鄂尔多斯;内蒙古;;',
      'ADR;TYPE=work:;昆山市;前进中路 2号;苏州;江苏;;',
      'ADR;TYPE=work:;3号楼;前进中路 2号;苏州;;;',
      'ADR;TYPE=work:;福田区 华强北;深南中路 3号;深圳;;;',
      'UID:urn:lead-archive:old',
      'END:VCARD',
    ].join('\r\n');
    const [c] = read(text);
    expect(c.addresses[0]).toEqual({
      district: '福田区',
      street: '华强北路 1号',
      city: '深圳',
      region: '广东',
      postcode: '518000',
      country: 'CN',
    });
    expect(c.addresses[1]).toMatchObject({ district: '鄂托克前旗', street: '敖勒召其镇 8号', city: '鄂尔多斯' });
    expect(c.addresses[2]).toMatchObject({ district: '昆山市', street: '前进中路 2号' });
    // Not a district name on its own: it follows the street, as another app's "Suite 5" does.
    expect(c.addresses[3]).toEqual({ street: '前进中路 2号, 3号楼', city: '苏州' });
    expect(c.addresses[4]).toEqual({ street: '深南中路 3号, 福田区 华强北', city: '深圳' });
  });
  it('keeps a neighbourhood, zone or shop in the extended address on the street: it ends 区 or 市 but names no district', () => {
    const adr = (ext: string) =>
      read(
        ['BEGIN:VCARD', 'VERSION:3.0', 'FN:A', `ADR;TYPE=work:;${ext};前进中路 2号;深圳;;;`, 'END:VCARD'].join('\r\n'),
      )[0].addresses[0];
    for (const ext of ['阳光小区', '龙华工业区', '开发区', '保税区', '深圳湾科技园区', '南山社区', '华润万家超市'])
      expect(adr(ext), ext).toEqual({ street: `前进中路 2号, ${ext}`, city: '深圳' });
    for (const ext of [
      '福田区',
      '鄂托克前旗',
      '昆山市',
      '浦东新区',
      '滨海新区',
      '神农架林区',
      '阳泉矿区',
      '大兴县',
      '天门市',
    ])
      expect(adr(ext), ext).toEqual({ district: ext, street: '前进中路 2号', city: '深圳' });
  });
});
