// 导出 Excel for a roster: the core writes the grid's current view as an .xlsx file, the browser saves it, and a
// toast says how many rows it holds (or why it failed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n';
import { Button } from './Button';
import { downloadBase64 } from './files';
import { useToast } from './Toasts';

/** What a roster's export method answers. */
interface ExportedFile {
  fileName: string;
  contentBase64: string;
  rows: number;
}

interface Props {
  label: string;
  run(): Promise<ExportedFile>;
  done(file: ExportedFile): string;
}

export function ExportButton({ label, run, done }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const file = await run();
      downloadBase64(file.fileName, file.contentBase64);
      toast.show(done(file));
    } catch (caught) {
      toast.show(errorText(t, caught), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button busy={busy} onClick={() => void save()}>
      {label}
    </Button>
  );
}
