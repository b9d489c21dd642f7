// The people error codes the backend sends (people, import, export), as errors.<CODE> texts with their
// detail variants (errors.ID_DUPLICATE_existingName when details.existingName is set; see i18n/errorText).
import type { Translated } from '../translated';

const zhCN = {
  ID_REQUIRED: '请填写身份证号。',
  ID_LENGTH: '身份证号应为 18 位（或 15 位旧号码）。',
  ID_CHARACTERS: '身份证号只能由数字组成，最后一位可以是 X。',
  ID_AREA: '身份证号前 6 位不是有效的行政区划代码。',
  ID_BIRTHDATE: '身份证号中的出生日期不存在。',
  ID_CHECKSUM: '身份证号校验位不对，可能有数字输错了。',
  ID_SPREADSHEET_NUMBER:
    '身份证号在 Excel 中被存成了数字，后几位已经丢失（例如变成 3.21302E+17 或末尾变成 000）。请把这一列设置为“文本”格式，重新输入后再导入。',
  MOBILE_FORMAT: '手机号应为 11 位、以 13–19 开头的号码。',
  PHONE_FORMAT: '固定电话格式不对，请带区号，如 0527-84123456。',
  NAME_REQUIRED: '请填写姓名。',
  NAME_TOO_LONG: '姓名太长了。',
  NAME_TOO_LONG_max: '姓名太长了，最多 {{max}} 个字。',
  TEXT_TOO_LONG: '内容太长了。',
  TEXT_TOO_LONG_max: '内容太长了，最多 {{max}} 个字。',
  GENDER_MISMATCH: '性别与身份证号不一致',
  GENDER_MISMATCH_fromId: '性别与身份证号不一致（按身份证号应为{{fromId}}）',
  GENDER_INVALID: '性别只能填“男”或“女”。',
  GENDER_INVALID_value: '性别“{{value}}”无法识别，只能填“男”或“女”。',
  ID_DUPLICATE: '该身份证号已经登记过了。',
  ID_DUPLICATE_existingName: '该身份证号已经登记过了：{{existingName}}。',
  ID_DUPLICATE_row: '文件第 {{row}} 行的身份证号刚刚被登记，导入没有进行。请重新选择文件检查。',
  ID_DUPLICATE_IN_FILE: '身份证号在文件中重复出现。',
  ID_DUPLICATE_IN_FILE_firstRow: '身份证号与文件中第 {{firstRow}} 行重复。',
  PERSON_INVALID: '填写的内容有误，请按提示改正。',
  PERSON_WARNINGS: '有需要确认的提醒，请核对后选择“仍然保存”。',
  PERSON_NOT_FOUND: '找不到这个人员，可能已被他人修改，请刷新。',
  FULL_ID_LOOKUP_LIMIT:
    '一小时内查询不存在的身份证号次数过多，暂停按完整身份证号查找。请一小时后再试，或按姓名、身份证号后 4 位查找。',
  FULL_ID_LOOKUP_LIMIT_until:
    '一小时内查询不存在的身份证号次数过多，暂停按完整身份证号查找，请在 {{until}} 之后再试。现在仍可按姓名或身份证号后 4 位查找。',
  RECORD_READ_ONLY: '这是县里上报的数据，市里只能查看，不能修改或作废。如需更正，请该县在本县修改后重新上报。',
  IMPORT_HAS_ERRORS: '文件中有错误行，按“全部正确才导入”的方式一行也没有导入。',
  IMPORT_HAS_ERRORS_invalid: '文件中有 {{invalid}} 行有错误，按“全部正确才导入”的方式一行也没有导入。',
  IMPORT_NOTHING_VALID: '文件中没有可以导入的行。',
  IMPORT_FILE_UNREADABLE:
    '无法读取这个文件，它可能已损坏或只复制了一部分。请在 WPS/Excel 中打开它，另存为 .xlsx 后再导入。',
  IMPORT_FILE_TYPE:
    '程序不能读取 {{ext}} 文件。能导入的是表格：.xlsx、.xls、.et、.ods 或 .csv/.txt 文本。请在 WPS/Excel 中另存为 .xlsx 后再导入。',
  IMPORT_FILE_TYPE_kind:
    '这是{{kind}}，不是表格，程序读不了其中的内容。请找到原来的表格文件，或在 WPS/Excel 中把表格另存为 .xlsx 后再导入。',
  IMPORT_FILE_ENCRYPTED:
    '这个表格设置了打开密码（已加密），程序无法读取。请在 WPS/Excel 中用密码打开它，取消密码后另存为 .xlsx，再导入。',
  IMPORT_FILE_EMPTY: '文件中没有数据。',
  IMPORT_FILE_TOO_LARGE: '文件太大了，请拆分成几个文件分别导入。',
  IMPORT_FILE_TOO_LARGE_max: '文件超过 {{max}} 行，请拆分成几个文件分别导入。',
  IMPORT_NO_HEADER: '找不到表头行。请确认文件中有“姓名”“身份证号”等列名。',
  IMPORT_MAPPING_INCOMPLETE: '必须为“姓名”和“身份证号”各指定一列。',
  IMPORT_MAPPING_DUPLICATE: '同一个字段只能对应一列。',
  IMPORT_JOB_NOT_FOUND: '这次导入已经失效（可能等待太久或程序重启过），请重新选择文件。',
  IMPORT_NOT_READY: '文件还没有检查完，请稍候。',
  IMPORT_ALREADY_COMMITTED: '这次导入已经完成过了。',
  IMPORT_CANCELLED: '导入已取消，人员库没有任何改变。',
  IMPORT_BUSY: '正在进行另一项导入，请等它完成后再试。',
  EXPORT_REVEAL_FORBIDDEN: '您没有权限导出完整的身份证号，只能导出打码的号码。',
  EXPORT_TOO_LARGE: '要导出的人员太多，请先用筛选条件缩小范围。',
  EXPORT_TOO_LARGE_rows: '要导出 {{rows}} 人，超过一次最多 {{max}} 人，请先用筛选条件缩小范围。',
  ID_FILTER_TAIL_ONLY: '身份证号筛选只能填写后 4 位，或完整的 18 位号码。',
  BIRTH_DATE_FILTER_HIDDEN:
    '不能按出生日期筛选：出生日期就是身份证号中隐藏的数字。请清除出生日期列的筛选（或导出完整身份证号）。',
  IMPORT_PERSON_CHANGED: '文件中的一位人员在检查之后被修改或作废了，导入没有进行。请重新检查文件。',
  IMPORT_PERSON_CHANGED_row:
    '第 {{row}} 行 {{name}} 在检查之后被修改或作废了，导入没有进行（什么都没有写入）。请重新检查文件。',
  ID_VOIDED_ADDED_AGAIN: '这个身份证号属于一位已作废的人员：将作为新人员登记，已作废的记录不变。',
  TEXT_UNREADABLE: '这一格中有无法读出的字符（�），这一行不导入。请核对文件中这一格后重新导入。',
};

const en: Translated<typeof zhCN> = {
  ID_REQUIRED: 'Enter the ID number.',
  ID_LENGTH: 'An ID number has 18 characters (or 15 for old numbers).',
  ID_CHARACTERS: 'An ID number holds digits only; the last may be X.',
  ID_AREA: 'The first 6 digits are not a valid area code.',
  ID_BIRTHDATE: 'The birth date inside the ID number does not exist.',
  ID_CHECKSUM: 'The check character is wrong; a digit may have been mistyped.',
  ID_SPREADSHEET_NUMBER:
    'Excel stored this ID number as a number and lost its last digits (e.g. 3.21302E+17, or trailing 000). Format the column as Text, type the numbers again and re-import.',
  MOBILE_FORMAT: 'A mobile number has 11 digits starting with 13–19.',
  PHONE_FORMAT: 'Phone number not valid; include the area code, e.g. 0527-84123456.',
  NAME_REQUIRED: 'Enter the name.',
  NAME_TOO_LONG: 'The name is too long.',
  NAME_TOO_LONG_max: 'The name is too long (at most {{max}} characters).',
  TEXT_TOO_LONG: 'Too long.',
  TEXT_TOO_LONG_max: 'Too long (at most {{max}} characters).',
  GENDER_MISMATCH: 'Gender does not match the ID number',
  GENDER_MISMATCH_fromId: 'Gender does not match the ID number (which says {{fromId}})',
  GENDER_INVALID: 'Gender must be male or female.',
  GENDER_INVALID_value: 'Gender “{{value}}” is not understood; use male or female (男/女).',
  ID_DUPLICATE: 'This ID number is already registered.',
  ID_DUPLICATE_existingName: 'This ID number is already registered: {{existingName}}.',
  ID_DUPLICATE_row:
    'The ID number in row {{row}} was registered a moment ago, so nothing was imported. Choose the file again to re-check.',
  ID_DUPLICATE_IN_FILE: 'This ID number appears more than once in the file.',
  ID_DUPLICATE_IN_FILE_firstRow: 'Same ID number as row {{firstRow}} of the file.',
  PERSON_INVALID: 'Some entries are not valid; please correct them as shown.',
  PERSON_WARNINGS: 'Please check the warnings, then choose “Save anyway”.',
  PERSON_NOT_FOUND: 'This person was not found; someone may have changed it. Please refresh.',
  FULL_ID_LOOKUP_LIMIT:
    'Too many searches for ID numbers that are not registered within an hour, so searching by the full ID number is paused. Try again in an hour, or search by name or the last 4 characters of the ID number.',
  FULL_ID_LOOKUP_LIMIT_until:
    'Too many searches for ID numbers that are not registered within an hour, so searching by the full ID number is paused until {{until}}. You can still search by name or the last 4 characters of the ID number.',
  RECORD_READ_ONLY:
    'This record was reported by a county: the city can view it but not change or void it. To correct it, the county changes it and reports again.',
  IMPORT_HAS_ERRORS: 'The file has rows with errors, so with “only if every row is valid” nothing was imported.',
  IMPORT_HAS_ERRORS_invalid: '{{invalid}} rows have errors, so with “only if every row is valid” nothing was imported.',
  IMPORT_NOTHING_VALID: 'There are no rows that can be imported.',
  IMPORT_FILE_UNREADABLE:
    'This file cannot be read; it may be damaged or only partly copied. Open it in WPS or Excel and save it as .xlsx, then import that.',
  IMPORT_FILE_TYPE:
    'The program cannot read {{ext}} files. It imports tables: .xlsx, .xls, .et, .ods, or .csv/.txt text. Save the file as .xlsx in WPS or Excel, then import that.',
  IMPORT_FILE_TYPE_kind:
    'This is {{kind}}, not a table, and the program cannot read what is in it. Find the original spreadsheet, or save the table as .xlsx in WPS or Excel, then import that.',
  IMPORT_FILE_ENCRYPTED:
    'This workbook has an open password (it is encrypted), so the program cannot read it. Open it with its password in WPS or Excel, remove the password, save it as .xlsx and import that.',
  IMPORT_FILE_EMPTY: 'The file holds no data.',
  IMPORT_FILE_TOO_LARGE: 'The file is too large; split it into several files.',
  IMPORT_FILE_TOO_LARGE_max: 'The file has more than {{max}} rows; split it into several files.',
  IMPORT_NO_HEADER: 'No header row found. Make sure the file has column names such as 姓名 and 身份证号.',
  IMPORT_MAPPING_INCOMPLETE: 'Choose one column each for Name and ID number.',
  IMPORT_MAPPING_DUPLICATE: 'Each field can be matched to one column only.',
  IMPORT_JOB_NOT_FOUND:
    'This import has expired (it waited too long or the program restarted). Please choose the file again.',
  IMPORT_NOT_READY: 'The file is still being checked; please wait.',
  IMPORT_ALREADY_COMMITTED: 'This import has already been completed.',
  IMPORT_CANCELLED: 'The import was cancelled; nothing in the registry changed.',
  IMPORT_BUSY: 'Another import is running; please wait for it to finish.',
  EXPORT_REVEAL_FORBIDDEN: 'You may not export full ID numbers, only masked ones.',
  EXPORT_TOO_LARGE: 'Too many people to export; narrow the list with filters first.',
  EXPORT_TOO_LARGE_rows:
    '{{rows}} people is more than the {{max}} one export may hold; narrow the list with filters first.',
  ID_FILTER_TAIL_ONLY: 'An ID number filter takes the last 4 characters or the whole 18-character number.',
  BIRTH_DATE_FILTER_HIDDEN:
    'Birth date cannot be filtered here: it is the hidden digits of the ID number. Clear the birth-date filter (or export full ID numbers).',
  IMPORT_PERSON_CHANGED:
    'A person in the file was changed or voided after the check, so nothing was imported. Please check the file again.',
  IMPORT_PERSON_CHANGED_row:
    'Row {{row}} ({{name}}) was changed or voided after the check, so nothing was imported (nothing was written). Please check the file again.',
  ID_VOIDED_ADDED_AGAIN:
    'This ID number belongs to a voided person: it will be registered as a new person; the voided record stays as it is.',
  TEXT_UNREADABLE:
    'This cell holds characters that could not be read (�), so the row is not imported. Check the cell in the file and import again.',
};

export const errorMessages = { 'zh-CN': zhCN, en };
