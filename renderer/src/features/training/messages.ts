// Texts of the training and certificates pages; for now the certificate error codes (merged into errors.*), so
// the verification page and every later training screen show them in the clerk's language.
import { trainingErrors } from '@api/messages/errors/training';
import { defineMessages } from '../../i18n/defineMessages';

export const messages = defineMessages({
  'zh-CN': { errors: trainingErrors['zh-CN'] },
  en: { errors: trainingErrors.en },
});
