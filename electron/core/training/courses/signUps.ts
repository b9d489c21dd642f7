// 导入报名表: a course's sign-up sheet (xlsx, xls or CSV; any layout with a 姓名 and a 身份证号 column under an
// optional title row). Each row is checked by the registry's rules; a person the registry lacks is added to it,
// a known one matched by ID number; then everyone new to the course is enrolled - all in one transaction. Rows
// that fail a check are listed with their spreadsheet row and field and go nowhere.
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import type { PersonInput } from '../../people/contract';
import { createPerson } from '../../people/service';
import { checkPerson } from '../../people/validate';
import { valueRead } from '../../records/reads';
import { columnsOfHeader, headerWords } from '../../spreadsheet/header';
import { openTable } from '../../spreadsheet/read';
import { cellText, type Cell, type SheetRow } from '../../spreadsheet/sheet';
import { OWN_OFFICE } from '../../stock/office';
import { immediately } from '../../stock/transaction';
import type { SignUpField, SignUpsImported } from './contract';
import { addTrainees, enrolledIds, openCourse } from './trainees';

const HEADERS: Record<SignUpField, string[]> = {
  name: ['姓名', '学员姓名', '学员', 'name'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', 'idnumber'],
  gender: ['性别', 'gender', 'sex'],
  mobile: ['手机', '手机号', '手机号码', '联系电话', '电话', 'mobile', 'phone'],
  township: ['乡镇', '乡镇(街道)', '乡镇街道', '街道', 'township'],
  village: ['村', '村(社区)', '村社区', '社区', 'village'],
  workUnit: ['工作单位', '单位', '所在单位', '学校', 'workunit'],
};
const FIELD_OF = headerWords(HEADERS);
const ROWS_MAX = 5000;
const GENDERS: Record<string, 'M' | 'F'> = { 男: 'M', 女: 'F', M: 'M', F: 'F' };

const LIVE_BY_ID_NUMBER = valueRead<string, [idNumber: string]>(
  `SELECT id FROM people WHERE id_number = ? AND ${OWN_OFFICE} AND voided = 0`,
);

type Columns = Partial<Record<SignUpField, number>>;

const columnsOf = (cells: readonly Cell[]): Columns => columnsOfHeader(cells, FIELD_OF, cellText);

const findHeader = (rows: readonly SheetRow[]) => {
  const at = rows.findIndex((row) => {
    const columns = columnsOf(row.cells);
    return columns.name !== undefined && columns.idNumber !== undefined;
  });
  return at < 0 ? null : at;
};

function personOf(row: SheetRow, columns: Columns): PersonInput {
  const text = (field: SignUpField) => {
    const at = columns[field];
    return at === undefined ? null : cellText(row.cells[at] ?? null);
  };
  const gender = text('gender');
  return {
    name: text('name') ?? '',
    idNumber: text('idNumber') ?? '',
    gender: gender ? (GENDERS[gender.trim().toUpperCase()] ?? GENDERS[gender.trim()] ?? null) : null,
    mobile: text('mobile'),
    township: text('township'),
    village: text('village'),
    workUnit: text('workUnit'),
  };
}

export async function importSignUps(
  ctx: CoreContext,
  input: { courseId: string; fileName: string; bytes: Uint8Array },
): Promise<SignUpsImported> {
  openCourse(ctx, input.courseId);
  const table = await openTable(input.fileName, input.bytes, findHeader);
  const sheetRows: SheetRow[] = [...table.rows];
  try {
    for await (const batch of table.batches) {
      sheetRows.push(...batch);
      if (sheetRows.length > ROWS_MAX) fail('SIGN_UP_TOO_MANY_ROWS', { max: ROWS_MAX });
    }
  } finally {
    await table.close();
  }
  if (!table.headerFound) fail('SIGN_UP_COLUMNS_MISSING');
  const columns = columnsOf(table.header);
  const errors: SignUpsImported['errors'] = [];
  // Each valid row with the ID number as the registry stores it (a 15-digit one converted).
  const valid: { person: PersonInput; idNumber: string }[] = [];
  for (const sheetRow of sheetRows) {
    const person = personOf(sheetRow, columns);
    const checked = checkPerson(person);
    const issues = checked.issues.filter((issue) => issue.severity === 'error');
    for (const issue of issues) errors.push({ row: sheetRow.number, field: issue.field, code: issue.code });
    if (issues.length === 0) valid.push({ person, idNumber: checked.person!.idNumber });
  }
  return immediately(ctx.store.sqlite, () => {
    openCourse(ctx, input.courseId);
    const find = LIVE_BY_ID_NUMBER.on(ctx.store.sqlite);
    const byIdNumber = new Map<string, string>();
    let peopleAdded = 0;
    for (const { person, idNumber } of valid) {
      if (byIdNumber.has(idNumber)) continue;
      let personId = find.get(idNumber);
      if (personId === undefined) {
        personId = createPerson({ ...ctx, method: 'people.create' }, person, true).person.id;
        peopleAdded++;
      }
      byIdNumber.set(idNumber, personId);
    }
    const enrolled = enrolledIds(ctx, input.courseId);
    const adding = [...byIdNumber.values()].filter((id) => !enrolled.has(id));
    const added = adding.length ? addTrainees(ctx, input.courseId, adding) : null;
    const result = {
      rows: sheetRows.length,
      valid: valid.length,
      invalid: sheetRows.length - valid.length,
      errors,
      added: adding.length,
      alreadyEnrolled: byIdNumber.size - adding.length,
      peopleAdded,
    };
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'training_enrolments',
      recordId: input.courseId,
      after: { fileName: input.fileName, ...result, errors: errors.length },
    });
    return { ...result, overCapacity: added?.overCapacity ?? false };
  });
}
