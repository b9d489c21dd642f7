// The path aliases: vitest resolves them to the same modules as the relative paths (so do tsc, tsx, esbuild and
// Playwright, which read tsconfig.json), and the codemod turns long climbs into them and leaves the rest alone.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as limitsByAlias from '@api/limits';
import * as officeRowByAlias from '@core/accounts/officeRow';
import { aliasTable } from '../../../build/aliases.mjs';
import { rewriteText } from '../../../build/codemods/aliases.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const aliases = aliasTable(root);

describe('path aliases', () => {
  it('resolve in vitest to the very modules the relative paths name', async () => {
    // Held in variables so the codemod (which rewrites import specifiers) leaves this comparison relative.
    const [limitsPath, officeRowPath] = ['../../../electron/api/limits', '../../../electron/core/accounts/officeRow'];
    expect(limitsByAlias).toBe(await import(limitsPath));
    const officeRow = (await import(officeRowPath)) as typeof officeRowByAlias;
    expect(officeRowByAlias.requireOffice).toBe(officeRow.requireOffice);
  });

  it('are rewritten from climbs of three or more folders, into the aliased folders only', () => {
    const file = path.join(root, 'renderer/src/features/stock/documents/DocumentEditor.tsx');
    const before = [
      "import type { StockDocument } from '../../../../../electron/api/stock';",
      "import { call } from '../../../api/client';",
      "import { Button } from '../../../ui';",
      "export { index } from '../../../../../electron/api';",
      "const worker = import('../../../../../electron/core/people/import/xlsxWorker');",
      "import { near } from '../../ui/Button';",
      "import { outside } from '../../../../../build/aliases.mjs';",
    ].join('\n');
    const { text, changed } = rewriteText(file, before, aliases);
    expect(text.split('\n')).toEqual([
      "import type { StockDocument } from '@api/stock';",
      "import { call } from '@renderer/api/client';",
      "import { Button } from '@renderer/ui';",
      "export { index } from '@api/index';",
      "const worker = import('@core/people/import/xlsxWorker');",
      "import { near } from '../../ui/Button';",
      "import { outside } from '../../../../../build/aliases.mjs';",
    ]);
    expect(changed).toBe(5);
  });
});
