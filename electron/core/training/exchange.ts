// Training travels in packages after the people it points at: kinds and their names, the office's settings and
// targets, courses with instructors and trainees, certificates and their prints. At the city every reference must
// point at a record of the same county (a certificate's holder is that county's person). Photos and the number
// sequences stay local.
import {
  trainingCertificatePrints,
  trainingCertificates,
  trainingCourseInstructors,
  trainingCourses,
  trainingEnrolments,
  trainingKindAliases,
  trainingKinds,
  trainingPopulations,
  trainingSettings,
  trainingTargets,
} from '@db/schema';
import { registerTravelling } from '../stock/exchange';

registerTravelling([
  {
    table: trainingKinds,
    min: { nominal_hours: 0, validity_months: 1, renewal_grace_months: 0, pass_mark: 0, absence_limit_hours: 0 },
    references: { renews_kind_id: 'training_kinds' },
  },
  { table: trainingKindAliases, references: { kind_id: 'training_kinds' } },
  { table: trainingPopulations, min: { population: 0 } },
  { table: trainingTargets, min: { year: 2000, certified_target: 0, popular_target: 0, population: 0 } },
  { table: trainingSettings },
  {
    table: trainingCourses,
    min: { sessions: 1, capacity: 1, head_count: 0 },
    references: { kind_id: 'training_kinds' },
  },
  { table: trainingCourseInstructors, references: { course_id: 'training_courses', person_id: 'people' } },
  {
    table: trainingEnrolments,
    min: { theory_score: 0 },
    references: { course_id: 'training_courses', person_id: 'people' },
  },
  {
    table: trainingCertificates,
    min: { print_count: 0 },
    references: {
      person_id: 'people',
      kind_id: 'training_kinds',
      course_id: 'training_courses',
      enrolment_id: 'training_enrolments',
      previous_id: 'training_certificates',
    },
  },
  { table: trainingCertificatePrints, references: { certificate_id: 'training_certificates' } },
]);
