// 联系卡 (#/pairing-alerts/cards/<township>/<village>): for every household a cadre holds now in the place, a card
// with the household and its cadre's name, unit and phone - eight to an A4 page, to cut and give each household.
import { useTranslation } from 'react-i18next';
import type { ContactCard } from '@core/pairing/alerts/contract';
import { CADRE_LEVEL_WORDS } from '@rules/pairing';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { PrintView } from '../../../ui/print/PrintView';
import { useLoad } from '../../stock/useLoad';
import '../pairing.css';

function Card({ card, office }: { card: ContactCard; office: string }) {
  const { t } = useTranslation();
  const c = (key: string) => t(`cards.${key}`);
  const address = [card.township, card.village, card.villageGroup, card.address].filter(Boolean).join(' ');
  const level = card.cadreLevel ? `（${CADRE_LEVEL_WORDS[card.cadreLevel][0]}）` : '';
  return (
    <article className="pairing-card">
      <h2>{c('title')}</h2>
      <dl>
        <dt>{c('household')}</dt>
        <dd>
          {card.headName}　<span className="pairing-card-small">{card.number}</span>
        </dd>
        <dt>{c('address')}</dt>
        <dd>{address}</dd>
        <dt>{c('cadre')}</dt>
        <dd className="pairing-card-cadre">{card.cadreName}</dd>
        <dt>{c('unit')}</dt>
        <dd>
          {card.cadreUnit ?? ''}
          {level}
        </dd>
        <dt>{c('phone')}</dt>
        <dd className="pairing-card-phone">{card.cadrePhone ?? ''}</dd>
        <dt>{c('since')}</dt>
        <dd>{card.fromDate}</dd>
      </dl>
      <footer>
        {c('footer')}　{office}
      </footer>
    </article>
  );
}

export function ContactCardsPrint({
  township,
  village,
  onBack,
}: {
  township: string;
  village: string;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const [set] = useLoad(
    () => call('pairing.cards', { ...(township ? { township } : {}), ...(village ? { village } : {}) }),
    [township, village],
  );
  const place = [township, village].filter(Boolean).join(' ') || t('cards.allPlaces');
  return (
    <PrintView title={t('cards.printTitle', { place })} ready={set !== null} onBack={onBack}>
      {set && (
        <div className="pairing-cards">
          {set.truncated && <p className="print-note">{t('cards.truncated', { count: set.cards.length })}</p>}
          {set.cards.length === 0 && <p className="print-note">{t('cards.empty')}</p>}
          {set.cards.map((card) => (
            <Card key={card.householdId} card={card} office={session.office.name} />
          ))}
        </div>
      )}
    </PrintView>
  );
}
