// Printing a print view to PDF: done by the Electron shell (webContents.printToPDF); the dev host refuses
// with PRINT_SHELL_ONLY and the renderer falls back to the browser's own print dialog.
import { z } from 'zod';
import { method, text } from '../../api/method';

export const printMethods = {
  'print.toPdf': method<{ saved: string | null }>()({
    effect: 'read',
    input: z.object({ title: text(200).min(1) }),
    access: 'signedIn',
  }),
} as const;
