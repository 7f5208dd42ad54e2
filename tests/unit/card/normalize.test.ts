import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isMaskedPhone,
  normalizeEmail,
  normalizeIm,
  normalizeName,
  normalizePhone,
  normalizePlatformId,
  normalizeWebsite,
  regionFromHost,
} from '../../../lib/card/normalize';

describe('normalizePhone', () => {
  it('writes numbers as E.164 using the default region for local ones', () => {
    expect(normalizePhone('138 0013 8000')).toBe('+8613800138000');
    expect(normalizePhone('(010) 8888-6666')).toBe('+861088886666');
    expect(normalizePhone('+86 755 8888 0000')).toBe('+8675588880000');
    expect(normalizePhone('0086 138 0013 8000')).toBe('+8613800138000');
    expect(normalizePhone('(312) 867-0110', 'US')).toBe('+13128670110');
    expect(normalizePhone('011 44 20 7946 0958', 'US')).toBe('+442079460958');
    expect(normalizePhone('＋８６ １３８００１３８０００')).toBe('+8613800138000');
  });
  it('keeps masked back-end numbers as shown and never calls them a number', () => {
    expect(isMaskedPhone('138****5678')).toBe(true);
    expect(normalizePhone(' 138****5678 ')).toBe('138****5678');
    expect(isMaskedPhone('+86 138 0013 8000')).toBe(false);
  });
  it('refuses what cannot be a phone', () => {
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('hello')).toBeNull();
    expect(normalizePhone('12')).toBeNull();
  });
  it('is idempotent on its own output', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        const once = normalizePhone(mobile);
        expect(once).toBe(`+86${mobile}`);
        expect(normalizePhone(once!)).toBe(once);
      }),
    );
  });
});

describe('normalizeEmail / normalizeWebsite', () => {
  it('lower-cases emails and drops mailto: and query', () => {
    expect(normalizeEmail(' Sales@ACME.com ')).toBe('sales@acme.com');
    expect(normalizeEmail('mailto:Info@Example.CN?subject=hi')).toBe('info@example.cn');
    expect(normalizeEmail('not an email')).toBeNull();
    expect(normalizeEmail('a@b')).toBeNull();
  });
  it('keeps origin and path of websites, no query, fragment or trailing slash', () => {
    expect(normalizeWebsite('WWW.Acme.com')).toBe('https://www.acme.com/');
    expect(normalizeWebsite('http://acme.com/en/contact/?ref=x#top')).toBe('http://acme.com/en/contact');
    expect(normalizeWebsite('javascript:alert(1)')).toBeNull();
    expect(normalizeWebsite('ftp://acme.com')).toBeNull();
    expect(normalizeWebsite('nonsense')).toBeNull();
  });
});

describe('normalizeIm', () => {
  it('lower-cases handles where the platform ignores case, keeps others as typed', () => {
    expect(normalizeIm('wechat', ' WangLei_88 ')).toBe('wanglei_88');
    expect(normalizeIm('skype', 'skype:Acme.Sales?chat')).toBe('acme.sales');
    expect(normalizeIm('telegram', '@AcmeBot')).toBe('acmebot');
    expect(normalizeIm('qq', '12 345 678')).toBe('12345678');
    expect(normalizeIm('wangwang', ' 小明Shop ')).toBe('小明Shop');
  });
  it('reads WhatsApp as a phone, also from a wa.me link', () => {
    expect(normalizeIm('whatsapp', 'https://wa.me/8613800138000')).toBe('+8613800138000');
    expect(normalizeIm('whatsapp', '+1 312 867 0110')).toBe('+13128670110');
  });
});

describe('normalizeName', () => {
  it('makes spellings of one company meet: width, case, punctuation, legal suffixes', () => {
    const same = [
      'Acme Trading Co., Ltd.',
      'ACME TRADING LIMITED',
      'acme trading co ltd',
      'Ａｃｍｅ　Ｔｒａｄｉｎｇ Co.,Ltd',
      'Acme Trading Company',
    ];
    expect(new Set(same.map(normalizeName))).toEqual(new Set(['acmetrading']));
    expect(normalizeName('深圳市华强电子有限公司')).toBe('深圳市华强电子');
    expect(normalizeName('深圳市华强电子股份有限公司')).toBe('深圳市华强电子');
    expect(normalizeName('（深圳）华强电子有限公司')).toBe('深圳华强电子');
  });
  it('keeps a name that is only a legal word, and distinct companies distinct', () => {
    expect(normalizeName('Limited')).toBe('limited');
    expect(normalizeName('Acme Trading Ltd')).not.toBe(normalizeName('Acme Foods Ltd'));
    expect(normalizeName('')).toBe('');
  });
});

describe('platform ids and regions', () => {
  it('normalises platform:id, lower-casing only the platform', () => {
    expect(normalizePlatformId(' Taobao : Buyer_Nick ')).toBe('taobao:Buyer_Nick');
    expect(normalizePlatformId('no-colon')).toBeNull();
  });
  it('guesses the region from the host', () => {
    expect(regionFromHost('www.acme.de')).toBe('DE');
    expect(regionFromHost('shop.example.com')).toBe('CN');
    expect(regionFromHost(undefined, 'US')).toBe('US');
  });
});

describe('normalizeName edge cases', () => {
  it('keeps a punctuation-only name as written, so it still matches itself', () => {
    expect(normalizeName(' , ')).toBe(',');
    expect(normalizeName('—')).toBe('—');
    expect(normalizeName('   ')).toBe('');
  });
});

describe('normalizeCard', () => {
  it('flags masked phones and stores the rest normalised', async () => {
    const { normalizeCard } = await import('../../../lib/card/normalize-card');
    const { CardDraft } = await import('../../../lib/messages');
    const c = normalizeCard(
      CardDraft.parse({
        kind: 'person',
        name: ' Wang ',
        phones: [{ value: '138****5678' }, { value: '138 0013 8000' }, { value: '+86 138-0013-8000' }],
        emails: [{ value: 'A@B.CN' }],
        im: [{ kind: 'wechat', value: 'WX_Id' }],
        platformIds: ['Taobao:nick', 'taobao:nick'],
      }),
    );
    expect(c.name).toBe('Wang');
    expect(c.phones).toEqual([{ value: '138****5678', masked: true }, { value: '+8613800138000' }]);
    expect(c.emails).toEqual([{ value: 'a@b.cn' }]);
    expect(c.im).toEqual([{ kind: 'wechat', value: 'wx_id' }]);
    expect(c.platformIds).toEqual(['taobao:nick']);
  });
});
