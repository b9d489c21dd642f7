// The people registry's file methods: import jobs (start, status, cancel, commit) and export to .xlsx.
import type { HandlersFor } from '../../handler';
import { exportPeople } from '../export';
import { cancelImportJob, commitImportJob, importJobStatus, startImportJob } from './jobs';

type PeopleFileMethods =
  'people.importStart' | 'people.importStatus' | 'people.importCancel' | 'people.importCommit' | 'people.export';

export const peopleFileHandlers: HandlersFor<PeopleFileMethods> = {
  'people.importStart': (ctx, input) => startImportJob(ctx, input),
  'people.importStatus': (ctx, input) => importJobStatus(ctx, input.jobId),
  'people.importCancel': (ctx, input) => cancelImportJob(ctx, input.jobId),
  'people.importCommit': (ctx, input) => commitImportJob(ctx, input.jobId, input.mode, input.skipRows),
  'people.export': (ctx, input) => exportPeople(ctx, input),
};
