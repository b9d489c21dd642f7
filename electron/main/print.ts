// The shell's print service: the calling window's page (a print view styled with @page A4) to a PDF,
// saved where the user chooses. Electron's pieces come in as arguments so a test can stand them in.
import fs from 'node:fs/promises';
import type { WebContents } from 'electron';
import type { ShellServices } from '../router';

/** A4 unless the page's own @page rule says otherwise (the disclosure prints landscape). */
export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

// eslint-disable-next-line no-control-regex -- control characters are among what Windows refuses in a file name
const REFUSED_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A file name from a title, without characters Windows refuses. */
export function pdfFileName(title: string): string {
  const safe = title.replace(REFUSED_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${safe || 'print'}.pdf`;
}

export interface PrintDeps {
  /** Asks where to save; null when the user cancels. */
  chooseFile(defaultName: string): Promise<string | null>;
  writeFile?: (file: string, data: Buffer) => Promise<void>;
}

export function printService(contents: Pick<WebContents, 'printToPDF'>, deps: PrintDeps): ShellServices {
  const writeFile = deps.writeFile ?? ((file, data) => fs.writeFile(file, data));
  return {
    async printToPdf({ title }) {
      const pdf = await contents.printToPDF(PDF_OPTIONS);
      const file = await deps.chooseFile(pdfFileName(title));
      if (!file) return { saved: null };
      await writeFile(file, pdf);
      return { saved: file };
    },
  };
}
