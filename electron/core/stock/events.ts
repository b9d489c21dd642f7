// Disaster events (灾害事件): name, kind, date, place - where relief goods went.
import { stockEvents } from '@db/schema';
import type { CoreContext } from '../context';
import type { EventInput, EventRow } from './contract';
import {
  createReference,
  listReference,
  selectById,
  updateReference,
  voidReference,
  type ListOptions,
  type ReferenceSpec,
} from './reference';

const events: ReferenceSpec<EventInput, EventRow> = {
  table: stockEvents,
  what: 'event',
  read: (ctx, id) => selectById(ctx, stockEvents, id),
};

export const listEvents = (ctx: CoreContext, options: ListOptions = {}): EventRow[] =>
  listReference(ctx, stockEvents, options, [stockEvents.name, stockEvents.place], [stockEvents.date, stockEvents.name]);
export const createEvent = (ctx: CoreContext, input: EventInput) => createReference(ctx, events, input);
export const updateEvent = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<EventInput>) =>
  updateReference(ctx, events, id, rowVersion, patch);
export const voidEvent = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, events, id, reason);
