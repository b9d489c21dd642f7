// What each problem of a legacy register row means, in both languages: the import page shows these beside the
// row. ID number and name problems are the people registry's own (errors.*), read there.
const zhCN = {
  CERTIFICATE_NUMBER_REQUIRED: '证书编号是空的。',
  CERTIFICATE_NUMBER_TOO_LONG: '证书编号太长了，最多 40 个字符。',
  CERTIFICATE_NUMBER_REPEATED: '证书编号在文件中重复出现（以前面一行为准）。',
  CERTIFICATE_NUMBER_EXISTS: '证书编号已在本单位登记过。',
  KIND_REQUIRED: '证书类别是空的。',
  KIND_UNKNOWN: '不认识这个证书类别：请改为“救护员”“初级救护员”“救护师资”，或在培训设置中添加这个叫法。',
  KIND_NOT_CERTIFIED: '普及培训不发证书，不能作为证书导入。',
  DATE_REQUIRED: '日期是空的。',
  DATE_FORMAT: '日期看不懂，请写成 2023-05-06、2023/5/6、2023.5.6 或 2023年5月6日。',
  DATE_IMPOSSIBLE: '没有这一天，请核对日期。',
  DATE_RANGE: '日期不在合理范围内，请核对年份。',
  ISSUE_DATE_FUTURE: '发证日期在今天之后。',
  EXPIRY_BEFORE_ISSUE: '有效期早于发证日期。',
};

const en: Record<keyof typeof zhCN, string> = {
  CERTIFICATE_NUMBER_REQUIRED: 'The certificate number is empty.',
  CERTIFICATE_NUMBER_TOO_LONG: 'The certificate number is too long: at most 40 characters.',
  CERTIFICATE_NUMBER_REPEATED: 'The certificate number appears twice in the file (the earlier row counts).',
  CERTIFICATE_NUMBER_EXISTS: 'This certificate number is registered in this office already.',
  KIND_REQUIRED: 'The certificate kind is empty.',
  KIND_UNKNOWN:
    'Unknown certificate kind: write 救护员, 初级救护员 or 救护师资, or add this name in the training settings.',
  KIND_NOT_CERTIFIED: '普及培训 (awareness training) issues no certificate; it cannot be imported as one.',
  DATE_REQUIRED: 'The date is empty.',
  DATE_FORMAT: 'Unreadable date; write 2023-05-06, 2023/5/6, 2023.5.6 or 2023年5月6日.',
  DATE_IMPOSSIBLE: 'No such day; check the date.',
  DATE_RANGE: 'The date is out of range; check the year.',
  ISSUE_DATE_FUTURE: 'The issue date is after today.',
  EXPIRY_BEFORE_ISSUE: 'The expiry date is before the issue date.',
};

export const legacyCertificateRowSentences = { 'zh-CN': zhCN, en };
