// The two-step import both volunteer imports share: picking a file runs a dry run; commit imports the same file
// once (done stays true after, so a second press writes nothing); close forgets the file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../i18n';
import { fileToBase64 } from '../../../ui/files';

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}

export function useFileImport<R>(run: (file: PickedFile, dryRun: boolean) => Promise<R>, onImported: () => void) {
  const { t } = useTranslation();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  const check = (picked: File) =>
    attempt(async () => {
      setResult(null);
      setDone(false);
      const next = { fileName: picked.name, contentBase64: await fileToBase64(picked) };
      setFile(next);
      setResult(await run(next, true));
    });
  const commit = () =>
    file && !done
      ? attempt(async () => {
          setResult(await run(file, false));
          setDone(true);
          onImported();
        })
      : Promise.resolve();
  const close = () => {
    setFile(null);
    setResult(null);
    setError(null);
    setDone(false);
  };
  return { file, result, done, busy, error, check, commit, close, open: file !== null || error !== null };
}
