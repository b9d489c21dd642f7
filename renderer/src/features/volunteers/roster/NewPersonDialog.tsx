// 登记新人员 from a roster's form (a volunteer, a rescue team member): the registry's own person form, beside the
// roster's form, whose new person the roster's form then takes.
import type { PersonRow } from '@core/people/contract';
import { call } from '../../../api/client';
import { PersonDialog } from '../../people/PersonDialog';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  onRegistered(person: PersonRow): void;
}

export function NewPersonDialog({ open, title, onClose, onRegistered }: Props) {
  return (
    <PersonDialog
      open={open}
      person={null}
      canReveal
      create={{ title, save: (input, acceptWarnings) => call('people.create', { person: input, acceptWarnings }) }}
      onClose={onClose}
      onSaved={(result) => onRegistered(result.person)}
    />
  );
}
