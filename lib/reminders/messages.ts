import { defineMessages } from '../i18n';

// The reminder notification, in English and Simplified Chinese.
export const reminderMessages = defineMessages({
  en: {
    title: 'Lead Archive: today',
    followUps: '{n} follow-ups due',
    dates: '{n} birthdays or anniversaries',
    review: '{n} cards due for review',
    noContact: '{n} cards without contact for too long',
  },
  zh: {
    title: '客户档案：今日提醒',
    followUps: '{n} 个待跟进',
    dates: '{n} 个生日或纪念日',
    review: '{n} 张卡片待复核',
    noContact: '{n} 张卡片长期未联系',
  },
});
