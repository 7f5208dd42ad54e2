import { defineMessages } from '../../lib/i18n';

export const recipeListMessages = defineMessages({
  en: {
    heading: 'Taught sites',
    none: 'No taught sites yet. Use “Teach this site” in the popup on a page Lead Archive does not know.',
    name: 'Recipe name',
    rename: 'Rename',
    removeField: 'Remove {field}',
    delete: 'Delete recipe',
    fields: '{count} fields',
    loadFailed: 'Could not read the recipes: {message}',
    saved: 'Saved.',
    deleted: 'Recipe deleted.',
  },
  zh: {
    heading: '已教会的网站',
    none: '尚无已教会的网站。在 Lead Archive 不认识的页面上，使用弹出窗口中的“教它识别此网站”。',
    name: '规则名称',
    rename: '重命名',
    removeField: '移除{field}',
    delete: '删除规则',
    fields: '{count} 个字段',
    loadFailed: '无法读取采集规则：{message}',
    saved: '已保存。',
    deleted: '规则已删除。',
  },
});
