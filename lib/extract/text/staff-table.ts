import type { Budget } from '../budget';
import type { LeadBuilder } from '../draft';
import { looksLikeName, looksLikeZhName } from '../names';

// A staff table: a header row naming a person column ("Name | Position | Phone | Fax", "姓名 | 职务 | 电话") and one
// row per person under it. The walk writes table rows as cells joined by " | ".

const NAME_HEAD = /^(?:name|full name|contact|contact person|staff|employee|team member|姓名|联系人)$/i;
const TITLE_HEAD = /^(?:position|title|job title|role|designation|function|department|职位|职务|部门)$/i;
const MAX_ROWS = 60;

const cells = (line: string) => line.split(' | ').map((c) => c.trim());
// A name cell is a name ("Debi Cientanni", "王丽", "Christine K."), never a number or a mailbox.
const nameCell = (s: string) => looksLikeName(s) || looksLikeZhName(s) || /^\p{Lu}[\p{L}'’-]+\s\p{Lu}\.$/u.test(s);

export function readStaffTables(lines: string[], budget: Budget, b: LeadBuilder) {
  for (let i = 0; i < lines.length - 1; i++) {
    if ((i & 63) === 0 && !budget.ok()) return;
    const line = lines[i];
    if (line.length > 200 || !line.includes(' | ')) continue;
    const head = cells(line);
    const nameAt = head.findIndex((c) => NAME_HEAD.test(c));
    if (nameAt < 0) continue;
    const titleAt = head.findIndex((c) => TITLE_HEAD.test(c));
    let k = i + 1;
    for (; k < lines.length && k <= i + MAX_ROWS; k++) {
      const row = cells(lines[k]);
      if (Math.abs(row.length - head.length) > 1 || row.length <= nameAt) break;
      const name = row[nameAt];
      if (!nameCell(name)) continue;
      const title = titleAt >= 0 ? row[titleAt] : undefined;
      b.person({ name, title: title && title.length <= 80 ? title : undefined, phones: [], emails: [] }, 'label');
    }
    i = k - 1;
  }
}
