// The training pages in the sidebar: trainers manage them; clerks, approvers and viewers see them (admin sees all).
import type { Role } from '@api/roles';
import type { PageDef } from '../../app/pageDef';
import { CertificatesPage } from './certificates/CertificatesPage';
import { CoursesPage } from './courses/CoursesPage';
import { TrainingSettingsPage } from './settings/TrainingSettingsPage';
import { VerifyPage } from './verify/VerifyPage';

const TRAINING: readonly Role[] = ['trainer', 'clerk', 'approver', 'viewer'];

export const trainingPages: readonly PageDef[] = [
  { id: 'training-courses', labelKey: 'nav.trainingCourses', icon: 'cross', roles: TRAINING, component: CoursesPage },
  {
    id: 'training-certificates',
    labelKey: 'nav.trainingCertificates',
    icon: 'file',
    roles: TRAINING,
    component: CertificatesPage,
  },
  { id: 'training-verify', labelKey: 'nav.trainingVerify', icon: 'key', roles: TRAINING, component: VerifyPage },
];

/** Listed after the statistics pages (reportPages.ts): settings close the training group. */
export const trainingSettingsPages: readonly PageDef[] = [
  {
    id: 'training-settings',
    labelKey: 'nav.trainingSettings',
    icon: 'book',
    roles: TRAINING,
    component: TrainingSettingsPage,
  },
];
