// The error codes of training certificates: a certificate's QR as the verification page reads it
// (CERTIFICATE_CODE_*), certificate numbers as typed (CERTIFICATE_NUMBER_*), the number pattern in settings
// (CERTIFICATE_PATTERN_*), course kinds and their settings (TRAINING_*), courses (COURSE_*, INSTRUCTOR*) and
// trainees (TRAINEE_*). For the UI and the CLI.
import type { Translated } from '../translated';

const zhCN = {
  CERTIFICATE_CODE_UNRECOGNISED:
    '这不是博爱台账的证书二维码：请扫描证书上的二维码（扫出的文字应以 BL1: 开头），不要扫描其他二维码。',
  CERTIFICATE_CODE_DAMAGED:
    '证书二维码不完整或已损坏，无法读出内容：请重新扫描；仍然不行时，请按证书编号查询，或与发证单位联系。',
  CERTIFICATE_CODE_UNKNOWN_ISSUER:
    '无法确认这张证书：签发单位不在本单位信任的单位之中。请与发证单位联系核实；本市各县区的证书，请先导入市红十字会下发的最新单位目录。',
  CERTIFICATE_CODE_SIGNATURE_INVALID:
    '证书二维码验证未通过：内容与发证单位的签名不符，可能被改动或伪造。不要认可这张证书，请与发证单位联系核实。',
  CERTIFICATE_NUMBER_REQUIRED: '请填写证书编号。',
  CERTIFICATE_NUMBER_TOO_LONG: '证书编号太长了，最多 40 个字符。',
  CERTIFICATE_NUMBER_CHECK: '证书编号最后一位校验码不对，可能有字符输错或前后颠倒：请对照证书重新输入。',
  CERTIFICATE_PATTERN_TOKEN:
    '证书编号规则中有无法识别的花括号内容：只能使用 {office}（单位代码）、{year}（年份）、{seq:6}（顺序号及位数）、{check}（校验码）。',
  CERTIFICATE_PATTERN_NO_SEQUENCE: '证书编号规则必须有且只有一个顺序号 {seq:位数}，例如 {seq:6}。',
  CERTIFICATE_PATTERN_CHECK_NOT_LAST: '校验码 {check} 只能出现一次，并且必须放在证书编号规则的最后。',
  CERTIFICATE_PATTERN_TOO_LONG: '按这个规则生成的证书编号会超过 40 个字符：请缩短。',
  TRAINING_KIND_NAME_TAKEN: '已有名为“{{name}}”的培训类别，请换一个名称。',
  TRAINING_KIND_RENEWS_INVALID: '复训类别必须选择它所复训的持证类别（如救护员）。',
  TRAINING_KIND_IN_USE: '这个培训类别还有 {{courses}} 个培训班在用，不能作废；请先作废或改掉这些培训班。',
  TRAINING_ALIAS_REQUIRED: '请填写导入时要识别的名称。',
  TRAINING_ALIAS_TAKEN: '名称“{{alias}}”已对应到培训类别“{{kindName}}”，不能重复添加。',
  TRAINING_TOWNSHIP_REQUIRED: '请填写乡镇（街道）名称。',
  COURSE_INVALID: '培训班填写不完整：请填写名称，结束日期不能早于开始日期。',
  COURSE_HEAD_COUNT_POPULAR_ONLY: '只有普及培训可以只填人数（人次）；持证培训请逐个添加学员。',
  COURSE_KIND_FIXED: '这个培训班已有 {{trainees}} 名学员，不能再改培训类别。',
  COURSE_HAS_CERTIFICATES: '这个培训班已发出 {{certificates}} 本证书，不能作废。',
  INSTRUCTOR_NOT_CERTIFIED: '{{name}} 在培训日期内没有有效的救护师资证，需要审核人确认后才能录入成绩。',
  INSTRUCTORS_NOT_CONFIRMED: '有授课老师在培训日期内没有有效的救护师资证：请审核人先确认这个培训班，再录入成绩。',
  TRAINEE_ALREADY_ENROLLED: '{{names}} 已经在这个培训班里，不能重复添加。',
  TRAINEE_HAS_CERTIFICATE: '这名学员已经凭这个培训班领了证书，不能移出。',
  TRAINEE_SKILL_UNKNOWN: '“{{skill}}”不是这个培训类别的考核技能。',
  TRAINEE_ATTENDANCE_INVALID: '考勤只能填 P（出勤）或 A（缺勤），也可以填 1 或 0。',
  TRAINEE_SCORE_INVALID: '理论成绩应是 0 到 100 之间的整数。',
  CERTIFICATE_NUMBERS_EXHAUSTED:
    '证书编号规则 {{pattern}} 的顺序号已经用完：请在“证书设置”中加长顺序号位数（例如 {seq:7}）后再发证。',
  CERTIFICATE_KIND_NOT_CERTIFIED: '这个培训类别不发证书（普及培训只统计人次）。',
  CERTIFICATE_KIND_NOT_CERTIFIED_kind: '“{{kind}}”不发证书（普及培训只统计人次）。',
  CERTIFICATE_RENEWAL_NOTHING_TO_RENEW: '复训只能为持有可复训证书的人换发新证。',
  CERTIFICATE_RENEWAL_NOTHING_TO_RENEW_names:
    '以下 {{count}} 人没有可以复训换证的证书（没有同类证书，或已撤销、已换证、过期超过复训期限）：{{names}}。他们需要参加完整的培训班。这次没有发任何证书。',
  CERTIFICATE_NOT_FOUND: '没有找到这张证书。',
  CERTIFICATE_NOT_FOUND_number: '没有找到编号为 {{number}} 的证书。',
  CERTIFICATE_ALREADY_REVOKED: '这张证书已经撤销过了。',
  CERTIFICATE_ALREADY_REVOKED_number: '证书 {{number}} 已经撤销过了。',
  CERTIFICATE_REVOKE_REASON_REQUIRED: '撤销证书必须填写原因。',
  CERTIFICATE_REPRINT_REASON_REQUIRED: '这张证书已经打印过：补打（重新打印）请填写原因。',
  CERTIFICATE_REPRINT_REASON_REQUIRED_number: '证书 {{number}} 已经打印过：补打（重新打印）请填写原因。',
  CERTIFICATE_NOT_OWN: '这张证书不是本单位签发的：只能查看，不能生成二维码或打印。',
  CERTIFICATE_NOT_OWN_number: '证书 {{number}} 不是本单位签发的：只能查看，不能生成二维码或打印。',
  PHOTO_TOO_LARGE: '照片太大（{{kb}} KB）：最多 {{max}} KB。请重新选择照片，程序会自动缩小。',
  PHOTO_NOT_JPEG: '这不是完整的 JPG 照片：请选择 .jpg、.png 等照片文件。',
  PHOTO_NAME_NO_ID: '文件名里没有有效的身份证号：照片文件请以身份证号命名，如 321302199001011234.jpg。',
  SIGN_UP_COLUMNS_MISSING: '报名表里找不到“姓名”和“身份证号”两列：请检查表头（第一行或标题行下面一行）。',
  SIGN_UP_TOO_MANY_ROWS: '报名表超过 {{max}} 行：一个培训班的报名表请分开导入。',
};

const en: Translated<typeof zhCN> = {
  CERTIFICATE_CODE_UNRECOGNISED:
    'This is not a Boai Ledger certificate QR code: scan the QR code on the certificate (its text starts with BL1:), not another code.',
  CERTIFICATE_CODE_DAMAGED:
    'The certificate QR code is incomplete or damaged and cannot be read: scan it again; if that fails, look the certificate up by its number or ask the issuing office.',
  CERTIFICATE_CODE_UNKNOWN_ISSUER:
    "This certificate cannot be confirmed: its issuing office is not among the offices we trust. Ask the issuing office; for the other counties of our city, import the city's latest office directory first.",
  CERTIFICATE_CODE_SIGNATURE_INVALID:
    "The certificate QR code failed verification: its content does not match the issuing office's signature, so it may have been altered or forged. Do not accept the certificate; ask the issuing office.",
  CERTIFICATE_NUMBER_REQUIRED: 'Enter the certificate number.',
  CERTIFICATE_NUMBER_TOO_LONG: 'The certificate number is too long: at most 40 characters.',
  CERTIFICATE_NUMBER_CHECK:
    "The certificate number's last character (its check character) does not match: a character may be mistyped or two swapped. Type it again from the certificate.",
  CERTIFICATE_PATTERN_TOKEN:
    'The certificate number pattern has something in braces that is not known: use only {office} (office code), {year}, {seq:6} (sequence and its digits) and {check} (check character).',
  CERTIFICATE_PATTERN_NO_SEQUENCE:
    'The certificate number pattern needs exactly one sequence {seq:digits}, e.g. {seq:6}.',
  CERTIFICATE_PATTERN_CHECK_NOT_LAST:
    'The check character {check} may appear once only, at the end of the certificate number pattern.',
  CERTIFICATE_PATTERN_TOO_LONG: 'Numbers made by this pattern would be longer than 40 characters: shorten it.',
  TRAINING_KIND_NAME_TAKEN: 'A course kind named "{{name}}" exists already: choose another name.',
  TRAINING_KIND_RENEWS_INVALID: 'A renewal kind must name the certified kind it renews (e.g. 救护员).',
  TRAINING_KIND_IN_USE:
    'This course kind is used by {{courses}} courses and cannot be voided: void or change those courses first.',
  TRAINING_ALIAS_REQUIRED: 'Enter the name to recognise on import.',
  TRAINING_ALIAS_TAKEN: 'The name "{{alias}}" already stands for the course kind "{{kindName}}".',
  TRAINING_TOWNSHIP_REQUIRED: 'Enter the township.',
  COURSE_INVALID: 'The course is incomplete: enter its title; the end date may not be before the start date.',
  COURSE_HEAD_COUNT_POPULAR_ONLY:
    'Only an awareness course (普及培训) may record a head count alone; add the trainees of a certified course one by one.',
  COURSE_KIND_FIXED: 'This course has {{trainees}} trainees: its course kind can no longer change.',
  COURSE_HAS_CERTIFICATES: 'Certificates ({{certificates}}) were issued from this course: it cannot be voided.',
  INSTRUCTOR_NOT_CERTIFIED:
    'No valid instructor certificate on the course dates: {{name}}. An approver must confirm the course before results are entered.',
  INSTRUCTORS_NOT_CONFIRMED:
    'An instructor holds no valid instructor certificate on the course dates: an approver must confirm the course before results are entered.',
  TRAINEE_ALREADY_ENROLLED: 'Already on this course, so not added again: {{names}}.',
  TRAINEE_HAS_CERTIFICATE: 'This trainee received a certificate from this course and cannot be removed.',
  TRAINEE_SKILL_UNKNOWN: '"{{skill}}" is not a skill examined in this course kind.',
  TRAINEE_ATTENDANCE_INVALID: 'Attendance takes P (present) or A (absent), or 1 and 0.',
  TRAINEE_SCORE_INVALID: 'The theory score is a whole number from 0 to 100.',
  CERTIFICATE_NUMBERS_EXHAUSTED:
    'The sequence of the certificate number pattern {{pattern}} is used up: give it more digits in the certificate settings (e.g. {seq:7}) and issue again.',
  CERTIFICATE_KIND_NOT_CERTIFIED:
    'This course kind issues no certificates (awareness training is counted in attendances).',
  CERTIFICATE_KIND_NOT_CERTIFIED_kind:
    '"{{kind}}" issues no certificates (awareness training is counted in attendances).',
  CERTIFICATE_RENEWAL_NOTHING_TO_RENEW: 'A renewal course renews only certificates that can still be renewed.',
  CERTIFICATE_RENEWAL_NOTHING_TO_RENEW_names:
    'These {{count}} trainees hold no certificate a renewal can replace (none of this kind, or revoked, already renewed, or expired beyond the renewal period): {{names}}. They need the full course. No certificate was issued.',
  CERTIFICATE_NOT_FOUND: 'No such certificate.',
  CERTIFICATE_NOT_FOUND_number: 'No certificate numbered {{number}}.',
  CERTIFICATE_ALREADY_REVOKED: 'This certificate is already revoked.',
  CERTIFICATE_ALREADY_REVOKED_number: 'Certificate {{number}} is already revoked.',
  CERTIFICATE_REVOKE_REASON_REQUIRED: 'Revoking a certificate needs a reason.',
  CERTIFICATE_REPRINT_REASON_REQUIRED: 'This certificate was printed before: a reprint needs a reason.',
  CERTIFICATE_REPRINT_REASON_REQUIRED_number: 'Certificate {{number}} was printed before: a reprint needs a reason.',
  CERTIFICATE_NOT_OWN: 'This certificate was issued by another office: it can be viewed, not signed or printed here.',
  CERTIFICATE_NOT_OWN_number:
    'Certificate {{number}} was issued by another office: it can be viewed, not signed or printed here.',
  PHOTO_TOO_LARGE:
    'The photo is too large ({{kb}} KB): at most {{max}} KB. Choose it again; the program scales it down.',
  PHOTO_NOT_JPEG: 'This is not a whole JPEG photo: choose a .jpg, .png or similar photo file.',
  PHOTO_NAME_NO_ID:
    "The file name holds no valid ID number: name each photo by its holder's ID number, e.g. 321302199001011234.jpg.",
  SIGN_UP_COLUMNS_MISSING:
    'The sign-up sheet has no “name” and “ID number” columns: check its header (the first row, or the row under the title).',
  SIGN_UP_TOO_MANY_ROWS: 'The sign-up sheet has more than {{max}} rows: import it in parts.',
};

export const trainingErrors = { 'zh-CN': zhCN, en };
