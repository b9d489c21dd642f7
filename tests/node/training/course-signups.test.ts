// 导入报名表 through the router: a sign-up sheet under a title row, its people matched by ID number or added to
// the registry by its rules, everyone new enrolled in one go; a bad row listed with its row and field and left
// out; someone already on the course not enrolled twice; a sheet without the two columns refused plainly.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CourseDetail, SignUpsImported } from '@core/training/courses/contract';
import { generatePeople } from '../../fixtures/people';
import { trainingOffice, valueOf } from './course-support';

async function sheet(rows: (string | null)[][], header = ['序号', '姓名', '性别', '身份证号', '手机', '工作单位']) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026年城南小学救护员培训报名表']);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.addRow(header);
  for (const cells of rows) sheet.addRow(cells).getCell(4).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe('a course sign-up sheet', () => {
  it('matches or adds people and enrols the new ones; bad rows are listed and left out', async () => {
    const office = await trainingOffice({ peixun: ['trainer'] });
    const course = valueOf(
      await office.call<CourseDetail>('peixun', 'training.courses.create', {
        kindId: office.kind('rescuer').id,
        title: '城南小学救护员培训班',
        startDate: '2026-06-01',
        endDate: '2026-06-02',
        sessions: 4,
        sector: 'school',
      }),
    );
    const [known, enrolled] = office.people;
    valueOf(
      await office.call('peixun', 'training.courses.addTrainees', {
        courseId: course.course.id,
        personIds: [enrolled!.id],
      }),
    );
    const [walkIn] = generatePeople(1, 77);
    const contentBase64 = await sheet([
      ['1', known!.name, null, known!.idNumber, null, null], // row 3
      ['2', walkIn!.name, '女', walkIn!.idNumber, '13912345678', '城南小学'], // 4
      ['3', '王五', '男', '32130219900101001', null, null], // 5: 17 digits
      ['4', walkIn!.name, '女', walkIn!.idNumber, null, null], // 6: the same person again
      ['5', enrolled!.name, null, enrolled!.idNumber, null, null], // 7: on the course already
    ]);
    const before = office.store.sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number;
    const result = valueOf(
      await office.call<SignUpsImported>('peixun', 'training.courses.importSignUps', {
        courseId: course.course.id,
        fileName: '报名表.xlsx',
        contentBase64,
      }),
    );
    expect(result).toMatchObject({ rows: 5, valid: 4, invalid: 1, added: 2, alreadyEnrolled: 1, peopleAdded: 1 });
    expect(result.errors).toEqual([{ row: 5, field: 'idNumber', code: expect.stringMatching(/^ID_/) }]);
    expect(office.store.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(before + 1);
    const detail = valueOf(await office.call<CourseDetail>('peixun', 'training.courses.get', { id: course.course.id }));
    expect(detail.trainees.map((t) => t.name).sort()).toEqual([known!.name, enrolled!.name, walkIn!.name].sort());
    const added = office.store.sqlite
      .prepare('SELECT mobile, work_unit AS workUnit FROM people WHERE id_number = ?')
      .get(walkIn!.idNumber);
    expect(added).toEqual({ mobile: '13912345678', workUnit: '城南小学' });

    const again = valueOf(
      await office.call<SignUpsImported>('peixun', 'training.courses.importSignUps', {
        courseId: course.course.id,
        fileName: '报名表.xlsx',
        contentBase64,
      }),
    );
    expect(again).toMatchObject({ added: 0, alreadyEnrolled: 3, peopleAdded: 0 });

    const noColumns = await sheet(
      [['1', '张三', null, null, null, null]],
      ['序号', '名字', '性别', '号码', '电话', '单位'],
    );
    expect(
      await office.call('peixun', 'training.courses.importSignUps', {
        courseId: course.course.id,
        fileName: '报名表.xlsx',
        contentBase64: noColumns,
      }),
    ).toMatchObject({ ok: false, error: { code: 'SIGN_UP_COLUMNS_MISSING' } });
  });
});
