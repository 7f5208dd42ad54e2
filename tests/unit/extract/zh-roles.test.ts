import { describe, expect, it } from 'vitest';
import { extractHtml } from './helpers';

// Chinese contact lines that give a role: "商务联系 : 18681251779（彭先生）" names the person and their role; a
// channel label ("联系电话：田经理") is not a role.

const people = (html: string) =>
  extractHtml(html, 'http://example.cn/lxwm').leads.flatMap((l) =>
    l.persons.map((p) => [p.value.name, p.value.title ?? '']),
  );

describe('Chinese roles', () => {
  it('reads role : number (person) lines', () => {
    expect(people('<p>商务联系 : 18681251779（彭先生）</p><p>技术咨询 : 15196635218（易先生）</p>')).toEqual([
      ['彭先生', '商务联系'],
      ['易先生', '技术咨询'],
    ]);
  });
  it('does not take a phone or hotline label for a role', () => {
    expect(people('<p>联系电话：田经理</p><p>电话：18080455670</p>')).toEqual([['田经理', '']]);
    expect(people('<p>销售热线：13927775985（王经理）</p>')).toEqual([['王经理', '']]);
  });
});

describe('a label over several lines', () => {
  it('takes a bare number on the line after a phone label as that label’s next number', () => {
    const r = extractHtml('<p>电话：15822426955<br>022-26551913<br>传真: 022-26551913</p>', 'http://example.cn/lxwm');
    expect(r.leads[0].phones.map((p) => p.value)).toEqual(['+8615822426955', '+862226551913']);
    expect(r.leads[0].faxes.map((p) => p.value)).toEqual(['+862226551913']);
  });
  it('does not carry the label past a line of text', () => {
    const r = extractHtml('<p>Tel: (416) 955-1700<br>Open 9-5<br>(416) 555-0100 (fax)</p>', 'http://example.com/');
    expect(r.leads[0].faxes.map((p) => p.value)).toEqual(['+14165550100']);
  });
});
