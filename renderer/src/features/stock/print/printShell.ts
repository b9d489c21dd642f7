// The seam between a print view and whoever prints it: the Electron shell saves an A4 PDF through
// print.toPdf (webContents.printToPDF); where no shell prints (the dev host refuses with
// PRINT_SHELL_ONLY) the browser's own print dialog does the job.
import { ApiCallError, call } from '@renderer/api/client';

export async function printDocument(title: string): Promise<void> {
  const previous = document.title;
  // The PDF's suggested file name and the print header come from the page title.
  document.title = title;
  try {
    await call('print.toPdf', { title });
  } catch (error) {
    if (!(error instanceof ApiCallError && error.code === 'PRINT_SHELL_ONLY')) throw error;
    window.print();
  } finally {
    document.title = previous;
  }
}
