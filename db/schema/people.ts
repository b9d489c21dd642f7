// The people registry (人员库): one record per person, identified by the resident ID number.
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { GENDERS } from '../../rules/people';
import { recordColumns } from './record';

export const people = sqliteTable(
  'people',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    gender: text('gender', { enum: GENDERS }),
    idNumber: text('id_number').notNull(),
    idConverted: integer('id_converted', { mode: 'boolean' }).notNull().default(false),
    birthDate: text('birth_date'),
    mobile: text('mobile'),
    phone: text('phone'),
    township: text('township'),
    village: text('village'),
    workUnit: text('work_unit'),
    notes: text('notes'),
    /** Values of the office's custom fields (自定义字段): a JSON object, field key -> value; null when none. */
    customFields: text('custom_fields'),
    // Search keys written with the record: the ID reversed (tail search by index),
    // full pinyin and pinyin initials of the name (lower case, no spaces).
    idReversed: text('id_reversed').notNull(),
    pinyinFull: text('pinyin_full').notNull(),
    pinyinInitials: text('pinyin_initials').notNull(),
  },
  (t) => [
    uniqueIndex('people_id_number_live')
      .on(t.officeCode, t.idNumber)
      .where(sql`voided = 0`),
    index('people_id_reversed').on(t.idReversed),
    index('people_pinyin_initials').on(t.pinyinInitials),
    // Ends in voided: a count of the names starting with 张 (the grid's total) is read from this index alone.
    index('people_name').on(t.name, t.voided),
    // Sort indexes end in `voided`: the grid's ORDER BY ends in (voided, rowid), so a page - even a deep
    // one - is found by walking the index alone, the void filter included. Gender and birth date have no
    // index: a sort on them costs a scan (~60 ms at 250,000), an index would cost every insert. Work unit has
    // one since its column filter (工作单位 contains): a covering scan instead of reading every row, twice a page.
    index('people_pinyin_full').on(t.pinyinFull, t.voided),
    // The city's grid of one county, by name, and that county's count (a scan of its entries, not the table's).
    // Township and village ride along so a county's page filtered by them is checked in the index, not row by row.
    index('people_office_name').on(t.officeCode, t.pinyinFull, t.voided, t.township, t.village),
    index('people_township').on(t.township, t.pinyinFull, t.voided),
    index('people_village').on(t.village, t.pinyinFull, t.voided),
    index('people_mobile').on(t.mobile, t.voided),
    index('people_work_unit').on(t.workUnit, t.voided),
    index('people_updated').on(t.updatedAt, t.voided),
    // Ends in office_code: the annual report counts a county's people entered after a year's end in the index alone.
    index('people_created').on(t.createdAt, t.voided, t.officeCode),
  ],
);
