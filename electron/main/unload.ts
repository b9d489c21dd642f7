// Closing the window while a form holds unsaved input: the renderer holds the unload back (beforeunload,
// renderer/src/ui/unsaved.ts) and Electron, unlike a browser, would then silently keep the window open.
// Ask the same question the app asks; 放弃修改 lets the window close.
import { dialog, type BrowserWindow } from 'electron';

export function askBeforeDiscarding(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: window.getTitle(),
      buttons: ['继续编辑 Keep editing', '放弃修改 Discard changes'],
      defaultId: 0,
      cancelId: 0,
      message: '有未保存的修改，确定放弃吗？',
      detail: 'There are unsaved changes. Discard them?',
      noLink: true,
    });
    // Preventing Electron's default here is what lets the unload go ahead.
    if (choice === 1) event.preventDefault();
  });
}
