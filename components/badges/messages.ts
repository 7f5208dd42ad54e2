import { defineMessages } from '../../lib/i18n';

export const badgeMessages = defineMessages({
  en: {
    badge: 'In archive',
    mark: 'Mark archived items on this page',
    marked: '{count} items marked on the page as in the archive.',
    denied: 'Without permission for this site the page is not marked.',
    failed: 'Could not mark the page: {message}',
  },
  zh: {
    badge: '已存档',
    mark: '在页面上标出已存档的条目',
    marked: '已在页面上标出 {count} 条已存档的条目。',
    denied: '未获得此网站的权限，页面未作标记。',
    failed: '无法标记页面：{message}',
  },
});
