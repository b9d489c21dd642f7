// 联系名单 on A4: the members to remind (or the lapsed), by name, with phone, class or unit and the last year paid,
// and a blank column for what the call brought; the handler signs it.
import { useTranslation } from 'react-i18next';
import type { CallList } from '@core/members/dues/contract';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { formatDate } from '../../../i18n/format';
import { PrintSheet } from '../../../ui/print/PrintSheet';
import { PrintView } from '../../../ui/print/PrintView';
import { useLoad } from '../../stock/useLoad';
import { today } from '../../stock/useRefs';

export function CallListPrint({ list, onBack }: { list: CallList; onBack(): void }) {
  const { t } = useTranslation();
  const officeName = useSession().office.name;
  const [rows] = useLoad(() => call('members.dues.toCall', { list }), [list]);
  const l = (key: string, values: Record<string, unknown> = {}) => t(`memberLists.${key}`, values);
  const title = l('printTitle', { list: l(list) });
  return (
    <PrintView title={title} ready={rows !== null} onBack={onBack}>
      {rows && (
        <PrintSheet
          officeName={officeName}
          title={title}
          footnote={l('printed', { date: formatDate(today()), count: rows.length })}
          signatures={[l('handler')]}
        >
          <table className="sheet-table tall-rows">
            <thead>
              <tr>
                <th>{l('seq')}</th>
                <th>{t('members.field.name')}</th>
                <th>{t('members.field.cardNumber')}</th>
                <th>{t('members.field.phone')}</th>
                <th>{t('memberDues.col.where')}</th>
                <th>{l('lastPaid')}</th>
                <th className="sign-cell">{l('result')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, n) => (
                <tr key={row.id}>
                  <td className="center">{n + 1}</td>
                  <td>{row.name}</td>
                  <td className="nowrap">{row.cardNumber}</td>
                  <td className="nowrap">{row.mobile ?? ''}</td>
                  <td>{[row.school, row.className].filter(Boolean).join(' ')}</td>
                  <td className="center">{row.lastPaidYear ?? l('neverPaid')}</td>
                  <td />
                </tr>
              ))}
            </tbody>
          </table>
        </PrintSheet>
      )}
    </PrintView>
  );
}
