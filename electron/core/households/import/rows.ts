// One row of a household file: the member by the registry's rules, the head's ID number, the relation (本人 on the
// head's own row, never on another's), the member's facts, and - on the head's row only - the household's address,
// attribute and poverty file. Words are read as the 扶贫手册 writes them (rules/households.ts).
import {
  ATTRIBUTE_WORDS,
  CAUSE_WORDS,
  checkMemberFacts,
  GRADE_WORDS,
  HEALTH_WORDS,
  LABOUR_WORDS,
  MONITORING_WORDS,
  POVERTY_STATUS_WORDS,
  RELATION_WORDS,
  SCHOOL_STAGE_WORDS,
  wordLookup,
  type HouseholdAttribute,
  type HouseholdRelation,
  type MonitoringCategory,
  type PovertyCause,
  type PovertyStatus,
} from '@rules/households';
import { parseIdNumber } from '@rules/idNumber';
import { FIELD_LIMITS } from '@rules/limits';
import { checkPerson, genderFromText, type NormalizedPerson } from '../../people/validate';
import { cellText, type SheetRow } from '../../spreadsheet/sheet';
import type { MemberFacts } from '../roster/contract';
import type { HouseholdColumns } from './columns';
import type { HouseholdImportError, HouseholdImportField } from './contract';

export interface HouseholdFacts {
  number: string | null;
  attribute: HouseholdAttribute;
  township: string | null;
  village: string | null;
  villageGroup: string | null;
  address: string | null;
  file: {
    mainCause: PovertyCause;
    secondaryCause: PovertyCause | null;
    status: PovertyStatus;
    category: MonitoringCategory | null;
  } | null;
}

export interface HouseholdImportRow {
  row: number;
  person: NormalizedPerson;
  headIdNumber: string;
  relation: HouseholdRelation;
  facts: MemberFacts;
  /** The household's fields, on the head's own row. */
  household: HouseholdFacts | null;
}

/** A wrong row's errors; `headRowOf`: the head whose own row it is, so that head's members are told why. */
export interface RowErrors {
  errors: HouseholdImportError[];
  headRowOf: string | null;
}

const relationOf = wordLookup(RELATION_WORDS);
const attributeOf = wordLookup(ATTRIBUTE_WORDS);
const causeOf = wordLookup(CAUSE_WORDS);
const statusOf = wordLookup(POVERTY_STATUS_WORDS);
const categoryOf = wordLookup(MONITORING_WORDS);
const labourOf = wordLookup(LABOUR_WORDS);
const healthOf = wordLookup(HEALTH_WORDS);
const stageOf = wordLookup(SCHOOL_STAGE_WORDS);
const gradeOf = wordLookup(GRADE_WORDS);

/** 非在校生, 否, 无 ... : a member not in school. */
const NOT_IN_SCHOOL = new Set(['非在校生', '否', '无', '不在校', '-']);
const L = FIELD_LIMITS.households;
const TEXT_MAX: Partial<Record<HouseholdImportField, number>> = {
  householdNumber: L.number,
  villageGroup: L.villageGroup,
  address: L.address,
  disabilityCardNumber: FIELD_LIMITS.household_members.disabilityCardNumber,
};

export function checkHouseholdRow(
  sheetRow: SheetRow,
  columns: HouseholdColumns,
  today: string,
): HouseholdImportRow | RowErrors {
  const errors: HouseholdImportError[] = [];
  const error = (field: HouseholdImportField, code: string) => errors.push({ row: sheetRow.number, field, code });
  const cell = (field: HouseholdImportField) => {
    const at = columns[field];
    return at === undefined ? null : (sheetRow.cells[at] ?? null);
  };
  const text = (field: HouseholdImportField) => {
    const value = cellText(cell(field) ?? undefined);
    const max = TEXT_MAX[field];
    if (value !== null && max !== undefined && [...value].length > max) error(field, 'TEXT_TOO_LONG');
    return value;
  };
  /** A word of one of the lists: its code, null when blank, or the error `code` on the field. */
  const word = <C extends string>(field: HouseholdImportField, lookup: (t: string) => C | undefined, code: string) => {
    const value = text(field);
    if (value === null) return null;
    const found = lookup(value);
    if (found === undefined) error(field, code);
    return found ?? null;
  };
  const idOf = (field: 'idNumber' | 'headIdNumber') => {
    const raw = cell(field);
    return typeof raw === 'number' ? raw : text(field);
  };
  const checked = checkPerson(
    {
      name: text('name') ?? '',
      idNumber: idOf('idNumber') as string,
      gender: genderFromText(text('gender')),
      mobile: text('mobile'),
      township: text('township'),
      village: text('village'),
    },
    new Date(`${today}T12:00:00Z`),
  );
  for (const issue of checked.issues)
    if (issue.severity === 'error') error(issue.field as HouseholdImportField, issue.code);
  const head = parseIdNumber(idOf('headIdNumber'), new Date(`${today}T12:00:00Z`));
  if (!head.ok) error('headIdNumber', head.code);
  const isHead = head.ok && checked.person?.idNumber === head.idNumber;
  const relation = word('relation', relationOf, 'HOUSEHOLD_RELATION_UNKNOWN');
  if (isHead && relation !== null && relation !== 'self') error('relation', 'HOUSEHOLD_HEAD_RELATION_SELF');
  if (!isHead && relation === 'self') error('relation', 'HOUSEHOLD_HEAD_RELATION');
  if (!isHead && relation === null && !errors.some((e) => e.field === 'relation'))
    error('relation', 'HOUSEHOLD_RELATION_REQUIRED');
  const facts = memberFacts(text, word, error);
  const household = isHead ? householdFacts(text, word, error) : null;
  if (errors.length > 0 || !checked.person || !head.ok) return { errors, headRowOf: isHead ? head.idNumber : null };
  return {
    row: sheetRow.number,
    person: checked.person,
    headIdNumber: head.idNumber,
    relation: isHead ? 'self' : relation!,
    facts,
    household,
  };
}

type Text = (field: HouseholdImportField) => string | null;
type Word = <C extends string>(
  field: HouseholdImportField,
  lookup: (t: string) => C | undefined,
  code: string,
) => C | null;
type ErrorAt = (field: HouseholdImportField, code: string) => void;

function memberFacts(text: Text, word: Word, error: ErrorAt): MemberFacts {
  const labour = word('labour', labourOf, 'HOUSEHOLD_LABOUR_UNKNOWN');
  const card = text('disabilityCardNumber')?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() || null;
  const gradeText = word('disabilityGrade', gradeOf, 'DISABILITY_GRADE_INVALID');
  const disabilityGrade = gradeText === null ? null : Number(gradeText);
  // A card or a grade says 残疾 when the health column is left empty.
  const health =
    word('health', healthOf, 'HOUSEHOLD_HEALTH_UNKNOWN') ?? (card || disabilityGrade !== null ? 'disabled' : null);
  const stageText = text('schoolStage');
  const compact = stageText?.normalize('NFKC').replace(/\s+|在校生|[-—:：（）()]/g, '') ?? '';
  const schoolStage =
    stageText === null || NOT_IN_SCHOOL.has(stageText) || compact === ''
      ? null
      : (stageOf(compact) ?? (error('schoolStage', 'HOUSEHOLD_SCHOOL_STAGE_UNKNOWN'), null));
  const facts = { labour, health, disabilityCardNumber: card, disabilityGrade, schoolStage };
  const check = checkMemberFacts(facts);
  if (!check.ok) error(check.code === 'DISABILITY_GRADE_INVALID' ? 'disabilityGrade' : 'health', check.code);
  return facts;
}

function householdFacts(text: Text, word: Word, error: ErrorAt): HouseholdFacts {
  const mainCause = word('cause', causeOf, 'POVERTY_CAUSE_UNKNOWN');
  const secondaryCause = word('secondaryCause', causeOf, 'POVERTY_CAUSE_UNKNOWN');
  // The status column may name the monitoring category itself (脱贫不稳定户 is a 监测对象).
  const statusText = text('povertyStatus');
  const statusCategory = statusText === null ? undefined : categoryOf(statusText);
  const status: PovertyStatus | null =
    statusCategory !== undefined ? 'monitored' : word('povertyStatus', statusOf, 'POVERTY_STATUS_UNKNOWN');
  const category = word('monitoringCategory', categoryOf, 'MONITORING_CATEGORY_UNKNOWN') ?? statusCategory ?? null;
  if (status === 'monitored' && category === null) error('monitoringCategory', 'POVERTY_CATEGORY_REQUIRED');
  if (status !== null && status !== 'monitored' && category !== null)
    error('monitoringCategory', 'POVERTY_CATEGORY_NOT_MONITORED');
  if (mainCause === null && (status !== null || secondaryCause !== null)) error('cause', 'POVERTY_CAUSE_REQUIRED');
  if (mainCause !== null && secondaryCause === mainCause) error('secondaryCause', 'POVERTY_SECONDARY_CAUSE_SAME');
  return {
    number: text('householdNumber')?.normalize('NFKC').replace(/\s+/g, '').toUpperCase() || null,
    attribute: word('attribute', attributeOf, 'HOUSEHOLD_ATTRIBUTE_UNKNOWN') ?? 'general',
    township: text('township'),
    village: text('village'),
    villageGroup: text('villageGroup'),
    address: text('address'),
    file:
      mainCause === null
        ? null
        : {
            mainCause,
            secondaryCause,
            status: status ?? 'assisted',
            category: status === 'monitored' ? category : null,
          },
  };
}
