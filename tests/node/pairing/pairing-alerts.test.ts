// The alerts: a pairing is overdue from the day N calendar months after its cadre's last visit (or its start),
// counted as EDATE counts - a visit on 31 August is overdue from 28 February, one on 1 September from 1 March;
// another cadre's visit or a voided one does not count; a new cadre's wait starts with the change. Supported
// households with no cadre now are listed with the cadre they had last; contact cards follow the place.
import { describe, expect, it } from 'vitest';
import type { HouseholdDetail } from '@core/households/roster/contract';
import type { ContactCardSet, OverduePage, UncoveredRow } from '@core/pairing/alerts/contract';
import { overduePairings } from '@core/pairing/alerts/overdue';
import { overdueCutoff } from '@rules/pairing';
import { valueOf } from '../volunteers/volunteer-support';
import { pairingOffice } from './pairing-support';

/** Noon in China on the day: the office's "today". */
const onDay = (day: string) => () => new Date(`${day}T04:00:00Z`);

describe('overdue pairings at month boundaries', () => {
  it('cuts off at the last day whose visit is N months ago, EDATE-wise', () => {
    expect(overdueCutoff('2027-02-28', 6)).toBe('2026-08-31');
    expect(overdueCutoff('2027-02-27', 6)).toBe('2026-08-27');
    expect(overdueCutoff('2027-03-01', 6)).toBe('2026-09-01');
    expect(overdueCutoff('2028-02-29', 6)).toBe('2027-08-31');
    expect(overdueCutoff('2028-02-28', 6)).toBe('2027-08-28');
    expect(overdueCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(overdueCutoff('2026-03-30', 1)).toBe('2026-02-28');
    expect(overdueCutoff('2026-07-15', 6)).toBe('2026-01-15');
  });

  it('lists the pairings overdue on each day around the end of February', async () => {
    const office = await pairingOffice(14);
    const [h1, h2, h3, h4, h5, h6, c1, c2, c3] = office.people;
    const cadre = await office.cadre(c1!.id);
    const other = await office.cadre(c2!.id);
    const third = await office.cadre(c3!.id);
    const households: HouseholdDetail[] = [];
    for (const head of [h1!, h2!, h3!, h4!, h5!, h6!]) households.push(await office.household(head.id));
    const [lastDay, started, firstDay, changed, othersVisit, voided] = households.map((h) => h.id) as string[];
    // Visited on the last day of August: overdue from 28 February.
    await office.assign(lastDay!, cadre.id, '2022-01-01');
    await office.visit(lastDay!, cadre.id, '2024-08-31');
    await office.visit(lastDay!, cadre.id, '2024-03-01');
    // Never visited, paired on 28 August: overdue from 28 February.
    await office.assign(started!, cadre.id, '2024-08-28');
    // Visited on 1 September: overdue from 1 March.
    await office.assign(firstDay!, cadre.id, '2022-01-01');
    await office.visit(firstDay!, cadre.id, '2024-09-01');
    // The old cadre visited in 2025; the new one took over on 1 December 2026 and has not visited yet.
    await office.assign(changed!, other.id, '2022-01-01');
    await office.visit(changed!, other.id, '2023-05-01');
    await office.assign(changed!, third.id, '2024-12-01');
    // Another cadre's visit does not count for this pairing.
    await office.assign(othersVisit!, cadre.id, '2022-01-01');
    await office.visit(othersVisit!, cadre.id, '2024-01-15');
    await office.visit(othersVisit!, other.id, '2025-01-01');
    // A voided visit does not count.
    await office.assign(voided!, other.id, '2022-01-01');
    await office.visit(voided!, other.id, '2024-05-05');
    const mistaken = await office.visit(voided!, other.id, '2025-01-10');
    valueOf(await office.call('clerk', 'pairing.visits.void', { id: mistaken.id, reason: '日期录错' }));

    const overdueOn = (day: string, months?: number) =>
      overduePairings(
        { ...office.as(['viewer'], 'pairing.overdue'), now: onDay(day) },
        { months, offset: 0, limit: 50 },
      );
    const names = (page: OverduePage) => page.rows.map((r) => r.headName);
    const name = (id: string) => households.find((h) => h.id === id)!.headName;

    // In the order of the place: these households have none, so by household number (the order they were made).
    const inOrder = (...ids: string[]) => households.filter((h) => ids.includes(h.id)).map((h) => h.headName);
    const before = overdueOn('2025-02-27');
    expect(before.cutoff).toBe('2024-08-27');
    expect(names(before)).toEqual(inOrder(othersVisit!, voided!));
    const lastOfFebruary = overdueOn('2025-02-28');
    expect(names(lastOfFebruary)).toEqual(inOrder(lastDay!, started!, othersVisit!, voided!));
    expect(lastOfFebruary.rows.map((r) => [r.headName, r.lastVisit, r.overdueSince])).toEqual([
      [name(lastDay!), '2024-08-31', '2025-02-28'],
      [name(started!), null, '2025-02-28'],
      [name(othersVisit!), '2024-01-15', '2024-07-15'],
      [name(voided!), '2024-05-05', '2024-11-05'],
    ]);
    expect(names(overdueOn('2025-03-01'))).toEqual(inOrder(lastDay!, started!, firstDay!, othersVisit!, voided!));
    // The new cadre's six months run from the change: overdue from 1 June.
    expect(names(overdueOn('2025-05-31'))).not.toContain(name(changed!));
    expect(names(overdueOn('2025-06-01'))).toContain(name(changed!));
    // Three months instead of the setting.
    expect(names(overdueOn('2024-12-01', 3))).toEqual(inOrder(lastDay!, started!, firstDay!, othersVisit!, voided!));
    expect(overdueOn('2024-12-01', 3).total).toBe(5);
    expect(names(overdueOn('2024-11-27', 3))).toEqual(inOrder(othersVisit!, voided!));
  });
});

describe('households without a cadre, and the contact cards', () => {
  it('lists supported households no cadre holds, and prints cards by village', async () => {
    const office = await pairingOffice(8);
    const [a, b, c, d, cadrePerson] = office.people;
    const cadre = await office.cadre(cadrePerson!.id, { phone: '13951230001' });
    const supported = await office.household(a!.id, [], {
      township: '蔡集镇',
      village: '张圩村',
      villageGroup: '三组',
    });
    const exited = await office.household(b!.id);
    const monitored = await office.household(c!.id, [], { township: '蔡集镇', village: '张圩村' });
    // A household with no poverty file is not supported: never listed.
    await office.household(d!.id);
    for (const [household, status, category] of [
      [supported, 'assisted', null],
      [exited, 'exited', null],
      [monitored, 'monitored', 'marginal'],
    ] as const)
      valueOf(
        await office.call('clerk', 'households.poverty.save', {
          householdId: household.id,
          mainCause: 'illness',
          status,
          monitoringCategory: category,
        }),
      );
    const pairing = await office.assign(monitored.id, cadre.id, '2024-01-01');
    valueOf(
      await office.call('clerk', 'pairing.pairings.end', {
        id: pairing.id,
        rowVersion: pairing.rowVersion,
        date: '2025-01-01',
        reason: '干部退休',
      }),
    );
    const uncovered = valueOf(
      await office.call<{ rows: UncoveredRow[]; total: number }>('viewer', 'pairing.uncovered', {
        offset: 0,
        limit: 50,
      }),
    );
    expect(uncovered.rows.map((r) => [r.headName, r.povertyStatus, r.lastCadreName, r.lastEnded]).sort()).toEqual(
      [
        [a!.name, 'assisted', null, null],
        [c!.name, 'monitored', cadrePerson!.name, '2025-01-01'],
      ].sort(),
    );

    await office.assign(supported.id, cadre.id, '2025-02-01');
    const cards = valueOf(
      await office.call<ContactCardSet>('viewer', 'pairing.cards', { township: '蔡集镇', village: '张圩村' }),
    );
    expect(cards.truncated).toBe(false);
    expect(cards.cards.map((card) => [card.headName, card.villageGroup, card.cadreName, card.cadrePhone])).toEqual([
      [a!.name, '三组', cadrePerson!.name, '13951230001'],
    ]);
  });
});
