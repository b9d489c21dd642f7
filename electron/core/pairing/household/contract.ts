// Types of one household's paired assistance shared by core and renderer: its timeline (visits and everything it
// received, each event once) and its 扶贫手册 (the household file as printed for the household to keep).
import type { DocumentStatus } from '@core/stock/contract';
import type { PovertyFileDetail } from '../../households/poverty/contract';
import type { HouseholdDetail } from '../../households/roster/contract';
import type { PairingRow } from '../pairings/contract';
import type { GoodsLine, VisitRow } from '../visits/contract';

/** An issue of the warehouse to someone of the household, as the timeline shows it. */
export interface TimelineIssue {
  documentId: string;
  number: string;
  status: DocumentStatus;
  /** Posted and then reversed: shown struck through, counted as nothing received. */
  reversed: boolean;
  /** The distribution campaign it belonged to (博爱送万家 ...). */
  campaignName: string | null;
  /** Who of the household signed for it. */
  recipientName: string;
  lines: GoodsLine[];
}

/**
 * One event: a visit (with its goods when the visit's issue is linked: one event, not two), or an issue the
 * household received otherwise (posted: campaign distributions and other issues to any member).
 */
export interface TimelineEvent {
  kind: 'visit' | 'issue';
  date: string;
  visit: Pick<VisitRow, 'id' | 'cadreId' | 'cadreName' | 'found' | 'done' | 'moneyFen' | 'acknowledged'> | null;
  issue: TimelineIssue | null;
}

export interface TimelineTotals {
  visits: number;
  moneyFen: number;
  /** Posted issues not reversed, the visits' included. */
  issues: number;
  goodsValueFen: number;
}

export interface HouseholdTimeline {
  householdId: string;
  /** The year shown, or null for all time. */
  year: number | null;
  /** Newest first. */
  events: TimelineEvent[];
  totals: TimelineTotals;
  /** The years with any event, newest first (the year picker's list). */
  years: number[];
}

/** Everything the 扶贫手册 prints: the household and its members, the poverty file, cadres, visits, what it received. */
export interface HouseholdHandbook {
  household: HouseholdDetail;
  poverty: PovertyFileDetail;
  /** Every pairing of the household, the first first. */
  cadres: PairingRow[];
  /** Oldest first. */
  timeline: TimelineEvent[];
  totals: TimelineTotals;
}
