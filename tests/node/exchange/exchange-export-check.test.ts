// A county never writes a package the city would refuse for a length or a value: the export runs the city's
// checks first and tells the clerk which record to fix, instead of the city later calling the file damaged.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outboxDir } from '@core/exchange/outbox/folder';
import { listOutbox } from '@core/exchange/outbox/store';
import { maskIdNumber } from '@rules/idNumber';
import { generatePeople } from '../../fixtures/people';
import { addPeople, cityWith, CITY, COUNTY, exportTo, tableRecordsOf } from './exchange-apply-support';

describe('the county checks before it writes a package', () => {
  it('refuses to export a person whose notes are over-long, naming the person by name and masked ID number', async () => {
    const {
      counties: [county],
    } = cityWith(COUNTY);
    const [, id] = addPeople(county!, generatePeople(3, 9));
    // Over the limit only by an edit outside the app (entry refuses it): what a county database edited by hand holds.
    county!.store.sqlite.prepare('UPDATE people SET notes = ? WHERE id = ?').run('长'.repeat(2001), id);
    const person = tableRecordsOf(county!, 'people', 'id = ?', [id])[0]!.fields as { name: string; id_number: string };

    const refused = await exportTo(county!, CITY).then(
      () => null,
      (error: unknown) => error as { code: string; details: unknown; message: string },
    );

    expect(refused).toMatchObject({
      code: 'EXPORT_RECORD_INVALID',
      details: {
        table: 'people',
        column: 'notes',
        rule: 'tooLong',
        max: 2000,
        record: person.name,
        recordKey: maskIdNumber(person.id_number),
      },
    });
    expect(refused!.message).toContain(`人员 ${person.name}（${maskIdNumber(person.id_number)}）：备注最多 2000 个字`);
    expect(refused!.message).not.toContain(person.id_number);
    expect(listOutbox(county!.ctx())).toEqual([]);
    const dir = outboxDir(county!.ctx(), CITY);
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);

    county!.store.sqlite.prepare('UPDATE people SET notes = ? WHERE id = ?').run('长'.repeat(2000), id);
    expect(await exportTo(county!, CITY)).toHaveLength(1);
    expect(listOutbox(county!.ctx())).toMatchObject([{ seq: 1 }]);
  });
});
