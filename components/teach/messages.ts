import { defineMessages } from '../../lib/i18n';

// The teaching overlay shown on a web page (text only, inside its own Shadow DOM).
export const teachMessages = defineMessages({
  en: {
    title: 'Teach Lead Archive this site',
    howTo: 'Choose a field, then click the element on the page that holds it.',
    field: 'Field',
    picked: '{field}: {text}',
    nothing: 'Nothing picked yet.',
    remove: 'Remove',
    save: 'Save recipe',
    cancel: 'Close',
    saved: 'Recipe saved for {host}. Capture on this site now reads these fields.',
    failed: 'Could not save the recipe: {message}',
    noSelector: 'This element cannot be found again reliably; pick another one.',
    teachButton: 'Teach this site',
    teachStarted: 'Now click the elements on the page (company, phone…) and save the recipe there.',
    teachFailed: 'This page cannot be taught: {message}',
    recipeUsed: 'Read with the recipe you taught for this site.',
  },
  zh: {
    title: '教 Lead Archive 识别此网站',
    howTo: '先选择字段，再点击页面上对应的内容。',
    field: '字段',
    picked: '{field}：{text}',
    nothing: '尚未选择任何内容。',
    remove: '移除',
    save: '保存规则',
    cancel: '关闭',
    saved: '已为 {host} 保存规则。在此网站采集时将读取这些字段。',
    failed: '无法保存规则：{message}',
    noSelector: '无法可靠地再次找到此元素，请选择其他内容。',
    teachButton: '教它识别此网站',
    teachStarted: '请在页面上点击相应内容（公司、电话等），然后在页面上保存规则。',
    teachFailed: '无法在此页面上教学：{message}',
    recipeUsed: '已按您为此网站教的规则读取。',
  },
});
