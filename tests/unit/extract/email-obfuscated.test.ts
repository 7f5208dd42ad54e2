import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../lib/extract/email';
import { withoutCredit } from '../../../lib/extract/text/lines';
import { corpusPage, extractFile, extractHtml, values } from './helpers';
import { toContractLead } from '../../../lib/extract';

// Addresses written out to beat harvesters are meant for people: read them back, but only when the pieces make a
// valid address, so prose stays prose.

describe('findEmails: written-out addresses', () => {
  it.each([
    ['write to jane [at] example [dot] org', ['jane@example.org']],
    ['sales (AT) acme (DOT) co (DOT) uk', ['sales@acme.co.uk']],
    ['name(at)domain.com', ['name@domain.com']],
    ['support{at}acme{dot}io', ['support@acme.io']],
    ['name AT domain DOT com', ['name@domain.com']],
    ['executivehealth at mayo dot edu', ['executivehealth@mayo.edu']],
    ['john dot smith at example dot co dot uk', ['john.smith@example.co.uk']],
    ['E-mail: foo at bar dot de.', ['foo@bar.de']],
    ['x [at] y [dot] com or z (at) w (dot) net', ['x@y.com', 'z@w.net']],
    ['name＠domain．com', ['name@domain.com']],
    ['邮箱：ｓａｌｅｓ＠ａｂｃ．ｃｎ', ['sales@abc.cn']],
    ['邮箱：sales#abc.com（发送时请把#换成@）', ['sales@abc.com']],
    ['Email: info★hz-tech.com.cn (请将★替换为@)', ['info@hz-tech.com.cn']],
    ['kefu＃example.cn 用＠代替＃', ['kefu@example.cn']],
    ['mail: a.b#example.org (replace # with @)', ['a.b@example.org']],
  ])('%s', (text, expected) => expect(findEmails(text)).toEqual(expected));

  it.each([
    'meet at the office dot com',
    'We are at Acme dot com',
    'look at example dot com for details',
    'Find us at booth 12 dot com',
    'info at example dot notatld',
    'reach us at example.com', // "at" + a host name is an address only in an e-mail field
    'sales#abc.com', // "#" stands for "@" only when a note or an e-mail label says so
    'Order #12345.com is shipped',
    '请把#换成@', // a note with nothing to apply it to
    'we met at 5 dot 30 pm',
  ])('leaves prose alone: %s', (text) => expect(findEmails(text)).toEqual([]));

  it('in an e-mail field, "name at host.com" and "name#host.com" are addresses', () => {
    expect(findEmails('info at example.com', true)).toEqual(['info@example.com']);
    expect(findEmails('sales#abc.com', true)).toEqual(['sales@abc.com']);
    expect(findEmails('see our website', true)).toEqual([]);
  });

  it('stays fast on text built to make a pattern backtrack', () => {
    const hostile = [
      'a at '.repeat(800) + 'x',
      'x dot '.repeat(800) + 'at',
      '[at]'.repeat(1000),
      ('a'.repeat(60) + ' dot ').repeat(60) + 'at b dot',
      '#'.repeat(3000) + '.c 把#换成@',
      'a'.repeat(3900) + ' at ' + 'b'.repeat(60) + ' dot com',
    ];
    // A pattern that backtracks takes seconds on these; a loaded machine still reads each in a few tens of ms.
    for (const t of hostile) {
      const t0 = performance.now();
      findEmails(t);
      findEmails(t, true);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});

describe('labelled e-mail fields on a page', () => {
  it('reads "E-mail: name at host.com" and a "#" address with a Chinese note', () => {
    const r = extractHtml(
      '<p>E-mail: office at widget-works.com</p><p>邮箱：export#widget.cn（请把#换成@）</p><p>Tel: 312-867-0110</p>',
    );
    expect(r.leads.flatMap((l) => l.emails.map((e) => e.value))).toEqual([
      'office@widget-works.com',
      'export@widget.cn',
    ]);
  });
});

describe('credits of the web designer are another party', () => {
  it('cuts a line at the credit', () => {
    expect(withoutCredit('© 2013 Nova Inc. | Site by studio@web.example')).toBe('© 2013 Nova Inc.');
    expect(withoutCredit('版权所有 电话：0755-88880000 技术支持：某某科技 13800138000')).toBe(
      '版权所有 电话：0755-88880000',
    );
    expect(withoutCredit('Designed by Secoya')).toBe('');
    // Prose is not a credit.
    const prose = 'the winery designed by celebrated architect Sir Richard Rogers, call 312-867-0110';
    expect(withoutCredit(prose)).toBe(prose);
  });
  it('leaves out the credit’s phone, e-mail and mailto link', () => {
    const r = extractHtml(
      '<p>Acme Tools, Tel: 0755-88880000</p><p>Copyright Acme 版权所有 技术支持：星辰网络 电话：13800138000</p>' +
        '<p>Contact: <a href="mailto:info@acme.example">info@acme.example</a> | <a href="mailto:dev@studio.example">SITE BY</a></p>',
      'http://acme.cn/contact',
    );
    const v = values(r.leads.map(toContractLead));
    expect(v.emails).toEqual(['info@acme.example']);
    expect(v.phones).toEqual(['0755 8888 0000']);
  });
  it('a link showing another address than its href gives the shown one', () => {
    const r = extractHtml('<p><a href="mailto:specialevents@zoo.example">events@zoo.example</a> or call</p>');
    expect(r.leads.flatMap((l) => l.emails.map((e) => e.value))).toEqual(['events@zoo.example']);
  });
});

describe('a corpus page: Mayo Clinic (webstruct-us/36), addresses written out inside <noscript>', () => {
  it('reads all five', () => {
    const { leads } = extractFile(corpusPage('webstruct-us/36.html'));
    const emails = values(leads).emails;
    for (const e of [
      'customerservice@mayopublications.com',
      'mayoinfo@mayoclinic.com',
      'techcomm@mayo.edu',
      'info@mayoclinicmedicaldevices.com',
      'executivehealth@mayo.edu',
      'mayoclinichealthsolutions@mayo.edu',
    ])
      expect(emails).toContain(e);
  });
});

describe('技术支持: a credit or the company’s own support desk', () => {
  it.each([
    [
      'Copyright © 2002-2017 某某生产设备有限公司 版权所有技术支持：[织梦58]',
      'Copyright © 2002-2017 某某生产设备有限公司 版权所有',
    ],
    ['蜀ICP备2024055828号 技术支持：舜王科技', '蜀ICP备2024055828号'],
    ['技术支持：星辰网络 电话：13800138000', ''],
    ['技术支持：www.web.example', ''],
    ['技术支持：李先生 13800001111', '技术支持：李先生 13800001111'],
    ['技术支持热线：400-800-8888', '技术支持热线：400-800-8888'],
  ])('%s', (line, kept) => expect(withoutCredit(line)).toBe(kept));
});
