// The error codes of exporting packages, the outbox, receipts on the county and restoring a backup, for the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  EXPORT_RECIPIENT_NOT_TRUSTED: '单位 {{to}} 不在信任列表中。请管理员先在“密钥与信任”页导入该单位的密钥卡并核对指纹。',
  EXPORT_RECIPIENT_IS_SELF: '不能把数据包发给本单位自己，请选择上级市级单位。',
  EXPORT_NOTHING_NEW: '自上次市级确认以来没有新的变更。如需重新报送全部数据，请选择“完整”。',
  EXPORT_SNAPSHOT_REQUIRED: '本机数据库已从备份恢复，增量数据包会与市级已有的数据冲突。请导出“完整”数据包。',
  EXPORT_BUSY: '正在向该单位导出另一个数据包，请稍候再试。',
  EXPORT_RECORD_INVALID: '数据包没有生成，市级会拒收这条记录，请先改正：',
  EXPORT_FOLDER_UNWRITABLE:
    '无法写入所选文件夹（{{reason}}）。请检查 U 盘是否已插好、是否写保护，或换一个文件夹；数据包已保存在发件箱，可再次保存。',
  EXPORT_COPY_MISMATCH: '复制到所选位置的文件读回校验不一致，U 盘可能有问题。请换一个 U 盘，在发件箱中再次保存。',
  OUTBOX_PACKAGE_NOT_FOUND: '发件箱中没有这个数据包，请刷新页面。',
  OUTBOX_ALREADY_ACKNOWLEDGED: '市级已确认收到第 {{seq}} 号数据包，无需再次保存。',
  OUTBOX_FILES_MISSING: '发件箱中这个数据包的文件已被删除或移走，无法再次保存。请导出新的数据包。',
  OUTBOX_PART_NOT_FOUND: '这个数据包没有第 {{part}} 个文件。',
  RECEIPT_INVALID: '回执内容无法读取。请让市级单位重新生成回执。',
  RESTORE_NOT_A_DATABASE: '所选文件不是博爱台账的数据库备份。',
  RESTORE_BACKUP_DAMAGED: '备份文件已损坏，不能用来恢复。请换一个备份。',
  RESTORE_OTHER_OFFICE: '这是另一个单位（{{backupOffice}}）的备份，不能恢复到本单位。',
};

const en: Translated<typeof zhCN> = {
  EXPORT_RECIPIENT_NOT_TRUSTED:
    'Office {{to}} is not on the trust list. An administrator imports its key card on the Keys page and checks the fingerprint first.',
  EXPORT_RECIPIENT_IS_SELF: 'A package cannot be sent to this office itself; choose the city office.',
  EXPORT_NOTHING_NEW: 'Nothing has changed since the city last acknowledged. To send every record again, choose Full.',
  EXPORT_SNAPSHOT_REQUIRED:
    'This database was restored from a backup; a change package would clash with what the city holds. Export a Full package.',
  EXPORT_BUSY: 'Another package for this office is being exported; try again in a moment.',
  EXPORT_RECORD_INVALID: 'No package was written: the city would refuse this record. Correct it first:',
  EXPORT_FOLDER_UNWRITABLE:
    'The chosen folder cannot be written ({{reason}}). Check that the USB stick is plugged in and not write-protected, or choose another folder; the package is in the outbox and can be saved again.',
  EXPORT_COPY_MISMATCH:
    'The copy in the chosen place did not read back the same; the USB stick may be faulty. Use another one and save the package again from the outbox.',
  OUTBOX_PACKAGE_NOT_FOUND: 'This package is not in the outbox; refresh the page.',
  OUTBOX_ALREADY_ACKNOWLEDGED: 'The city has acknowledged package {{seq}}; it need not be saved again.',
  OUTBOX_FILES_MISSING:
    "This package's files were deleted or moved from the outbox, so it cannot be saved again. Export a new package.",
  OUTBOX_PART_NOT_FOUND: 'This package has no file number {{part}}.',
  RECEIPT_INVALID: 'The receipt cannot be read. Ask the city to write a new receipt.',
  RESTORE_NOT_A_DATABASE: 'The chosen file is not a Boai Ledger database backup.',
  RESTORE_BACKUP_DAMAGED: 'The backup file is damaged and cannot be restored. Use another backup.',
  RESTORE_OTHER_OFFICE: 'This is a backup of another office ({{backupOffice}}) and cannot be restored here.',
};

export const outboxErrors = { 'zh-CN': zhCN, en };
