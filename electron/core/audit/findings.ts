// The list `db check` reports into: the first findings in full, the rest only counted.
import type { AuditFinding } from '../../api/types';

const LISTED = 100;

export class Findings {
  readonly listed: AuditFinding[] = [];
  leftOut = 0;

  add(finding: AuditFinding): void {
    if (this.listed.length < LISTED) this.listed.push(finding);
    else this.leftOut++;
  }
}
