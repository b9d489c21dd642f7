// print.toPdf: only a shell that can print offers it (see ShellServices in router.ts).
import { fail } from '../errors';
import type { HandlersFor } from '../handler';

export const printHandlers: HandlersFor<'print.toPdf'> = {
  'print.toPdf': async (ctx, input) => {
    if (!ctx.shell) fail('PRINT_SHELL_ONLY');
    return ctx.shell.printToPdf(input);
  },
};
