// Training courses -> core.
import type { HandlersFor } from '../../handler';
import { confirmCourseInstructors, createCourse, updateCourse, voidCourse } from './courses';
import type { TrainingCourseMethodName } from './methods';
import { courseDetail, listCourses } from './read';
import { saveResults } from './results';
import { importSignUps } from './signUps';
import { addNewTrainee, addTrainees, removeTrainee, traineeCandidates } from './trainees';

export const trainingCourseHandlers: HandlersFor<TrainingCourseMethodName> = {
  'training.courses.list': (ctx, input) => listCourses(ctx, input),
  'training.courses.get': (ctx, input) => courseDetail(ctx, input.id),
  'training.courses.create': (ctx, input) => createCourse(ctx, input),
  'training.courses.update': (ctx, input) => updateCourse(ctx, input.id, input.rowVersion, input.patch),
  'training.courses.void': (ctx, input) => voidCourse(ctx, input.id, input.reason),
  'training.courses.confirmInstructors': (ctx, input) => confirmCourseInstructors(ctx, input.id, input.rowVersion),
  'training.courses.candidates': (ctx, input) => traineeCandidates(ctx, input.courseId, input),
  'training.courses.addTrainees': (ctx, input) => addTrainees(ctx, input.courseId, input.personIds),
  'training.courses.addNewTrainee': (ctx, input) => addNewTrainee(ctx, input),
  'training.courses.importSignUps': (ctx, input) =>
    importSignUps(ctx, {
      courseId: input.courseId,
      fileName: input.fileName,
      bytes: Buffer.from(input.contentBase64, 'base64'),
    }),
  'training.courses.removeTrainee': (ctx, input) => removeTrainee(ctx, input.enrolmentId, input.reason),
  'training.courses.saveResults': (ctx, input) => saveResults(ctx, input.courseId, input.rows),
};
