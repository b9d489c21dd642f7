// A multi-select of teams or skills as a row of check boxes (Tab moves between them, Space ticks).
import type { VolunteerGroupRow } from '@core/volunteers/roster/contract';

interface Props {
  legend: string;
  groups: VolunteerGroupRow[];
  chosen: string[];
  onChange(ids: string[]): void;
}

export function GroupChecks({ legend, groups, chosen, onChange }: Props) {
  return (
    <fieldset className="vol-group-checks">
      <legend>{legend}</legend>
      {groups.map((group) => (
        <label key={group.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(group.id)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, group.id] : chosen.filter((id) => id !== group.id))
            }
          />
          {group.name}
        </label>
      ))}
    </fieldset>
  );
}
