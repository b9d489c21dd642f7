// Course kinds, the skills examined and the sectors (五进) a course reaches: the lists the forms, the core, the
// legacy import and the statistics share. Offices may edit kinds; these are the defaults a new office starts with.
import { DEFAULT_RENEWAL_GRACE_MONTHS, DEFAULT_VALIDITY_MONTHS } from './certificateDates';

/** popular: 普及培训, counted in 人次, no certificate; certified: a course ending in a certificate; renewal: 复训. */
export const TRAINING_KIND_CATEGORIES = ['popular', 'certified', 'renewal'] as const;
export type TrainingKindCategory = (typeof TRAINING_KIND_CATEGORIES)[number];

/** 五进: where a course was held. Stored as codes, shown in the user's language. */
export const TRAINING_SECTORS = [
  'community',
  'rural',
  'school',
  'government',
  'enterprise',
  'family',
  'other',
] as const;
export type TrainingSector = (typeof TRAINING_SECTORS)[number];
export const TRAINING_SECTOR_NAMES: Record<TrainingSector, string> = {
  community: '社区',
  rural: '农村',
  school: '学校',
  government: '机关',
  enterprise: '企业',
  family: '家庭',
  other: '其他',
};

export const DEFAULT_SKILLS = ['CPR', 'AED', '止血', '包扎', '固定', '搬运'] as const;
export const DEFAULT_PASS_MARK = 80;
/** Absence beyond this many hours makes a trainee ineligible for the exam and the certificate. */
export const DEFAULT_ABSENCE_LIMIT_HOURS = 4;
/** A session is half a day. */
export const SESSION_HOURS = 4;

export interface DefaultKind {
  /** Stable code of a built-in kind, so the defaults can be found again (renewals name what they renew). */
  code: string;
  name: string;
  category: TrainingKindCategory;
  /** For a renewal: the code of the certified kind it renews. */
  renews?: string;
  certificateTitle?: string;
  nominalHours: number;
  qualifiesInstructors?: boolean;
}

export const DEFAULT_KINDS: readonly DefaultKind[] = [
  { code: 'popular', name: '普及培训', category: 'popular', nominalHours: 4 },
  { code: 'primary', name: '初级救护员', category: 'certified', certificateTitle: '初级救护员', nominalHours: 8 },
  { code: 'rescuer', name: '救护员', category: 'certified', certificateTitle: '救护员', nominalHours: 16 },
  {
    code: 'instructor',
    name: '救护师资',
    category: 'certified',
    certificateTitle: '救护师资',
    nominalHours: 40,
    qualifiesInstructors: true,
  },
  { code: 'primary-renewal', name: '初级救护员复训', category: 'renewal', renews: 'primary', nominalHours: 4 },
  { code: 'rescuer-renewal', name: '救护员复训', category: 'renewal', renews: 'rescuer', nominalHours: 8 },
  { code: 'instructor-renewal', name: '救护师资复训', category: 'renewal', renews: 'instructor', nominalHours: 16 },
];

/** Names clerks write in their registers, recognised on import; offices add their own in the UI. */
export const DEFAULT_KIND_ALIASES: Readonly<Record<string, string>> = {
  救护员: 'rescuer',
  红十字救护员: 'rescuer',
  '救护员(初级)': 'primary',
  初级救护员: 'primary',
  初级: 'primary',
  救护师资: 'instructor',
  师资: 'instructor',
  红十字救护师资: 'instructor',
  普及培训: 'popular',
  普及: 'popular',
  救护员复训: 'rescuer-renewal',
  复训: 'rescuer-renewal',
};

export const KIND_DEFAULTS = {
  validityMonths: DEFAULT_VALIDITY_MONTHS,
  renewalGraceMonths: DEFAULT_RENEWAL_GRACE_MONTHS,
  passMark: DEFAULT_PASS_MARK,
  absenceLimitHours: DEFAULT_ABSENCE_LIMIT_HOURS,
} as const;

/** An alias as compared: full-width brackets and letters folded (NFKC), spaces dropped. */
export function normaliseKindAlias(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
