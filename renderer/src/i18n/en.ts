// English (the second language): the same keys as zh-CN.ts.
import { commonErrors } from '@api/messages/errors/common';
import type { Translated } from './defineMessages';
import type { zhCN } from './zh-CN';

export const en: Translated<typeof zhCN> = {
  app: {
    name: 'Boai Ledger',
    loading: 'Loading…',
    startFailed: 'Could not start',
    retry: 'Retry',
    idle: {
      title: 'You will be signed out for inactivity',
      message:
        'You have not used the program for a while. To protect the data you will be signed out in {{seconds}} seconds. Choose Keep working to stay signed in.',
      keepUsing: 'Keep working',
      signOut: 'Sign out',
    },
  },
  common: {
    ok: 'OK',
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    add: 'Add',
    edit: 'Edit',
    search: 'Search',
    yes: 'Yes',
    no: 'No',
    working: 'Working…',
    saved: 'Saved',
    required: 'Required',
    actions: 'Actions',
    none: 'None',
    reasonRequired: '{{label}} is required.',
  },
  unsaved: {
    title: 'Discard changes?',
    question: 'There are unsaved changes. Discard them?',
    keep: 'Keep editing',
    discard: 'Discard changes',
  },
  nav: {
    label: 'Main menu',
    people: 'People',
    users: 'Users',
    settings: 'Settings',
    group: {
      people: 'People',
      volunteers: 'Volunteering',
      members: 'Members',
      rescue: 'Rescue teams',
      donors: 'Donors (三献)',
      relief: 'Paired assistance',
      stock: 'Relief stock',
      training: 'First-aid training',
      exchange: 'Reporting',
      system: 'System',
    },
  },
  topbar: {
    office: 'Office',
    signOut: 'Sign out',
    language: 'Language',
  },
  page: {
    noPermission: 'You do not have permission to open “{{page}}”. Ask your office administrator if you need it.',
    notFound: 'This page does not exist.',
    backHome: 'Back to start',
  },
  language: { 'zh-CN': '中文', en: 'English' },
  officeRole: { county: 'County', city: 'City' },
  roles: {
    admin: 'Administrator',
    clerk: 'Clerk',
    warehouse: 'Warehouse keeper',
    trainer: 'Trainer',
    approver: 'Approver',
    viewer: 'Read only',
    donorAdmin: 'Donor registrar',
  },
  password: {
    hint: 'At least {{min}} characters, not a common password nor the user name',
    tooShort: 'The password needs at least {{min}} characters.',
    tooCommon: 'This password is too common and easy to guess; choose another.',
    isUsername: 'The password must not be the same as the user name.',
    mismatch: 'The two passwords do not match.',
  },
  errors: commonErrors.en,
};
