// The error codes of the city's inbox: packages (PKG_*, packages.ts), uploads, reviews and receipts, for the UI and the CLI.
import type { Translated } from '../translated';
import { packageErrors } from './packages';

const zhCN = {
  ...packageErrors('zh-CN'),
  INBOX_UPLOAD_GONE: '上传的文件已失效（超过一天或已导入），请重新选择文件。',
  INBOX_SNAPSHOT_NOT_KEPT: '这个完整数据包已不在本机暂存中，请重新导入文件。',
  REVIEW_NOT_FOUND: '找不到这条审核记录，请刷新。',
  REVIEW_ALREADY_RESOLVED: '这条记录已经处理过了，请刷新。',
  REVIEW_CANNOT_APPLY: '这条记录不能采用（比市里的版本旧，或属于其他单位），只能忽略。',
  REVIEW_RECORD_OUTDATED: '市里已有更新的版本，这条记录不能再采用，请忽略。',
  REVIEW_DUPLICATE_IN_OFFICE: '该县已有相同身份证号的有效记录，不能采用。',
  RECEIPT_NOTHING_RECEIVED: '还没有收到 {{to}} 的任何数据包，无需回执。',
  RECEIPT_RECIPIENT_NOT_TRUSTED: '单位 {{to}} 不在信任列表中，不能生成回执。',
  RECEIPT_CITY_ONLY: '只有市级单位生成回执。',
};

const en: Translated<typeof zhCN> = {
  ...packageErrors('en'),
  INBOX_UPLOAD_GONE: 'The uploaded file has expired (over a day old, or already imported). Choose the file again.',
  INBOX_SNAPSHOT_NOT_KEPT: 'This full package is no longer kept on this computer. Import the file again.',
  REVIEW_NOT_FOUND: 'This review entry was not found. Please refresh.',
  REVIEW_ALREADY_RESOLVED: 'This entry was already dealt with. Please refresh.',
  REVIEW_CANNOT_APPLY:
    "This record cannot be applied (older than the city's, or another office's); it can only be dismissed.",
  REVIEW_RECORD_OUTDATED: 'The city already has a newer version; dismiss this one.',
  REVIEW_DUPLICATE_IN_OFFICE: 'That county already has a live record with this ID number; this one cannot be applied.',
  RECEIPT_NOTHING_RECEIVED: 'Nothing has been received from {{to}} yet; no receipt is needed.',
  RECEIPT_RECIPIENT_NOT_TRUSTED: 'Office {{to}} is not on the trust list; no receipt can be written for it.',
  RECEIPT_CITY_ONLY: 'Only a city office writes receipts.',
};

export const inboxErrors = { 'zh-CN': zhCN, en };
