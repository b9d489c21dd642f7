// The office's rescue settings: its team types and its roles, the defaults until it sets its own (one live row
// per office, journalled like any record). Renaming a name renames it on the teams or the members that carry it.
import { and, eq } from 'drizzle-orm';
import { rescueSettings, rescueTeamMembers, rescueTeams } from '@db/schema';
import {
  checkListNames,
  cleanListNames,
  DEFAULT_TEAM_ROLES,
  DEFAULT_TEAM_TYPES,
  type RescueListKind,
} from '@rules/rescue';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { updateRecords } from '../records/bulk';
import { valueRead } from '../records/reads';
import { insertRecord, updateRecord } from '../records/write';
import { officeCodeOf } from '../stock/office';
import type { RescueListInput, RescueSettings } from './contract';

function settingsRow(ctx: CoreContext, officeCode: string) {
  return ctx.store.orm
    .select()
    .from(rescueSettings)
    .where(and(eq(rescueSettings.officeCode, officeCode), eq(rescueSettings.voided, false)))
    .get();
}

function listOf(json: string | undefined, defaults: readonly string[]): string[] {
  const parsed: unknown = json ? JSON.parse(json) : null;
  return Array.isArray(parsed) && parsed.every((n) => typeof n === 'string') && checkListNames(parsed)
    ? parsed
    : [...defaults];
}

export function rescueSettingsOf(ctx: CoreContext, officeCode: string): RescueSettings {
  const row = settingsRow(ctx, officeCode);
  return {
    teamTypes: listOf(row?.teamTypes, DEFAULT_TEAM_TYPES),
    roles: listOf(row?.roles, DEFAULT_TEAM_ROLES),
  };
}

/** Fails unless `name` is on the office's list of the kind (a stored name off the list may stay as it is). */
export function requireListed(ctx: CoreContext, kind: RescueListKind, name: string, stored?: string): void {
  if (name === stored) return;
  if (!rescueSettingsOf(ctx, officeCodeOf(ctx))[kind].includes(name))
    fail(kind === 'teamTypes' ? 'RESCUE_TEAM_TYPE_UNKNOWN' : 'RESCUE_ROLE_UNKNOWN', { name });
}

const CARRIERS = {
  teamTypes: valueRead<string, [officeCode: string, name: string]>(
    'SELECT id FROM rescue_teams WHERE office_code = ? AND type = ? AND voided = 0',
  ),
  roles: valueRead<string, [officeCode: string, name: string]>(
    'SELECT id FROM rescue_team_members WHERE office_code = ? AND role = ? AND voided = 0',
  ),
};

function renameCarriers(ctx: CoreContext, officeCode: string, kind: RescueListKind, from: string, to: string): void {
  const ids = CARRIERS[kind].on(ctx.store.sqlite).all(officeCode, from);
  appendAudit(ctx, {
    method: ctx.method,
    tableName: kind === 'teamTypes' ? 'rescue_teams' : 'rescue_team_members',
    before: { [kind]: from },
    after: { [kind]: to, records: ids.length },
  });
  if (kind === 'teamTypes')
    updateRecords(
      ctx,
      rescueTeams,
      ids.map((id) => ({ id, set: { type: to } })),
    );
  else
    updateRecords(
      ctx,
      rescueTeamMembers,
      ids.map((id) => ({ id, set: { role: to } })),
    );
}

export function setRescueList(ctx: CoreContext, input: RescueListInput): RescueSettings {
  const names = cleanListNames(input.names);
  if (!checkListNames(names)) fail('RESCUE_LIST_INVALID');
  const officeCode = officeCodeOf(ctx);
  for (const { from, to } of input.renamed ?? []) {
    const target = to.trim();
    if (from !== target && names.includes(target)) renameCarriers(ctx, officeCode, input.kind, from, target);
  }
  const settings = { ...rescueSettingsOf(ctx, officeCode), [input.kind]: names };
  const stored = { teamTypes: JSON.stringify(settings.teamTypes), roles: JSON.stringify(settings.roles) };
  const row = settingsRow(ctx, officeCode);
  if (row) updateRecord(ctx, rescueSettings, row.id, stored);
  else insertRecord(ctx, rescueSettings, officeCode, stored);
  return rescueSettingsOf(ctx, officeCode);
}
