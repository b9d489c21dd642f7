// Texts of the print frame every printed form shares (the bar over the sheet, the number and dates in its head).
import { defineMessages } from '../../i18n/defineMessages';

export const printMessages = defineMessages({
  'zh-CN': {
    print: { back: '返回', print: '打印', number: '单号', documentDate: '业务日期', enteredAt: '录入时间' },
  },
  en: {
    print: { back: 'Back', print: 'Print', number: 'No.', documentDate: 'Document date', enteredAt: 'Entered' },
  },
});
