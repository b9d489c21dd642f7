// Texts of the date input (ui/DateInput.tsx): its placeholder and why a typed date was not taken.
import { defineMessages } from '../i18n/defineMessages';

export const dateMessages = defineMessages({
  'zh-CN': {
    date: {
      placeholder: '年-月-日',
      DATE_FORMAT: '“{{text}}”不是日期。请写成 2025-06-30，也可以写 2025.6.30、2025/6/30、20250630 或 2025年6月30日。',
      DATE_IMPOSSIBLE: '没有 {{text}} 这一天，请检查月份和日期。',
      DATE_RANGE: '“{{text}}”的年份应在 1950 至 2199 之间。',
    },
  },
  en: {
    date: {
      placeholder: 'yyyy-mm-dd',
      DATE_FORMAT:
        '“{{text}}” is not a date. Write it as 2025-06-30; 2025.6.30, 2025/6/30, 20250630 and 2025年6月30日 are taken too.',
      DATE_IMPOSSIBLE: 'There is no such day as {{text}}: check the month and the day.',
      DATE_RANGE: 'The year of “{{text}}” must be between 1950 and 2199.',
    },
  },
});
