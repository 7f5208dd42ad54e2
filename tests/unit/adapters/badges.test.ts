import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BADGE_ATTR, markArchivedItems } from '../../../lib/badges/mark';
import { FIXTURES, parse } from './support';

// On-page badges for list items already in the archive: placed after the element that holds the item's name,
// as text, once per item, replaced (not doubled) when the page is marked again.

const page = () => parse(readFileSync(join(FIXTURES, 'yellowpages/search.html'), 'utf8'));

describe('markArchivedItems', () => {
  it('badges the named items once, right after their names, as text', () => {
    const doc = page();
    const n = markArchivedItems(['Lakeside Plumbing & Heating', 'Nobody Here Inc'], '<b>In archive</b>', doc);
    expect(n).toBe(1);
    const badges = doc.querySelectorAll(`[${BADGE_ATTR}]`);
    expect(badges).toHaveLength(1);
    expect(badges[0].textContent).toBe('<b>In archive</b>');
    expect(badges[0].querySelector('b')).toBeNull();
    expect(badges[0].previousElementSibling?.textContent?.trim()).toBe('Lakeside Plumbing & Heating');
  });

  it('marks again without doubling, and clears when nothing is in the archive', () => {
    const doc = page();
    markArchivedItems(['Lakeside Plumbing & Heating', 'Badger Drain & Sewer'], 'In archive', doc);
    expect(markArchivedItems(['Lakeside Plumbing & Heating', 'Badger Drain & Sewer'], 'In archive', doc)).toBe(2);
    expect(doc.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(2);
    expect(markArchivedItems([], 'In archive', doc)).toBe(0);
    expect(doc.querySelectorAll(`[${BADGE_ATTR}]`)).toHaveLength(0);
  });
});
