// The seam between a print view and whoever prints it. The Electron shell may offer
// window.boaiPrint (it would call webContents.printToPDF and save or print the PDF); without it,
// the browser's own print dialog does the job (the dev host).
declare global {
  interface Window { boaiPrint?: (options: { title: string }) => Promise<void> }
}

export async function printDocument(title: string): Promise<void> {
  const previous = document.title;
  // The PDF's suggested file name and the print header come from the page title.
  document.title = title;
  try {
    if (window.boaiPrint) await window.boaiPrint({ title });
    else window.print();
  } finally {
    document.title = previous;
  }
}
