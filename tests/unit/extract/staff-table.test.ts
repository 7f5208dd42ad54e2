import { describe, expect, it } from 'vitest';
import { corpusPage, extractFile, extractHtml } from './helpers';

// Staff tables: a header naming the person column, one person per row with the title from the position column.

const people = (html: string) =>
  extractHtml(html, 'http://example.com/team').leads.flatMap((l) =>
    l.persons.map((p) => [p.value.name, p.value.title ?? '']),
  );

describe('staff tables', () => {
  it('reads each row of a table headed Name | Position', () => {
    const html =
      '<table><tr><th>Name</th><th>Position</th><th>Phone</th></tr>' +
      '<tr><td>Debi Cientanni</td><td>Licensed Assistant</td><td>905 336-8600 ext. 220</td></tr>' +
      '<tr><td>Christine K.</td><td>Front-Office Administrator</td><td>905 336-8600</td></tr>' +
      '<tr><td>Sales Desk</td><td>Orders</td><td>905 336-8601</td></tr></table>';
    expect(people(html)).toEqual([
      ['Debi Cientanni', 'Licensed Assistant'],
      ['Christine K.', 'Front-Office Administrator'],
    ]);
  });
  it('reads a Chinese staff table, and nothing from a table without a person column', () => {
    const zh =
      '<table><tr><td>姓名</td><td>职务</td><td>电话</td></tr><tr><td>王丽</td><td>销售经理</td><td>13927775985</td></tr></table>';
    expect(people(zh)).toEqual([['王丽', '销售经理']]);
    const prices = '<table><tr><th>Item</th><th>Price</th></tr><tr><td>John Smith Ale</td><td>$5</td></tr></table>';
    expect(people(prices)).toEqual([]);
  });
  it('finds the four staff of webstruct-us/28 with their titles', () => {
    const { leads } = extractFile(corpusPage('webstruct-us/28.html'));
    const staff = leads.flatMap((l) => l.persons);
    expect(staff).toEqual(expect.arrayContaining([{ name: 'Michael Kiss', title: 'Client Development & Marketing' }]));
    expect(staff.length).toBeGreaterThanOrEqual(5);
  });
});
