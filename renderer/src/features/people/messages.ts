// Placeholder texts of the people registry; B2 owns this file and replaces it.
export const messages = {
  'zh-CN': { people: { title: '人员库' } },
  en: { people: { title: 'People' } },
};
