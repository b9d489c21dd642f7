// The training pages in the sidebar: trainers manage them; clerks, approvers and viewers see them (admin sees all).
import type { Role } from '@api/roles';
import type { PageDef } from '../../app/pageDef';
import { CoursesPage } from './courses/CoursesPage';
import { TrainingSettingsPage } from './settings/TrainingSettingsPage';

const TRAINING: readonly Role[] = ['trainer', 'clerk', 'approver', 'viewer'];

export const trainingPages: readonly PageDef[] = [
  { id: 'training-courses', labelKey: 'nav.trainingCourses', icon: 'cross', roles: TRAINING, component: CoursesPage },
  {
    id: 'training-settings',
    labelKey: 'nav.trainingSettings',
    icon: 'book',
    roles: TRAINING,
    component: TrainingSettingsPage,
  },
];
