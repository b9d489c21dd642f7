// The page's only bridge to the main process: window.api.call(method, input) over the one IPC channel
// ('boai:call', checked in electron/main/api-channel.ts). Sandboxed, so it imports nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('api', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('boai:call', method, input),
});
