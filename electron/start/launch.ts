// `npm start`'s decision: Electron when its program file is there, otherwise the same program through
// the dev host in the default browser, said in one sentence (zh-CN and English) instead of a stack trace.
export interface LaunchDeps {
  /** Electron's program file, or null when it was not downloaded (electronBinary.ts). */
  electronPath: string | null;
  runElectron(binary: string): void;
  startDevHost(): Promise<{ url: string }>;
  openBrowser(url: string): Promise<boolean>;
  print(line: string): void;
}

export type Launched = { via: 'electron'; binary: string } | { via: 'browser'; url: string; opened: boolean };

export function noElectronMessage(): string {
  return (
    '未找到 Electron 程序文件（安装时没有下载），改用默认浏览器打开本程序。' +
    " · Electron's program file is missing (it was not downloaded at install), so the program opens in your default browser instead."
  );
}

export async function launch(deps: LaunchDeps): Promise<Launched> {
  if (deps.electronPath) {
    deps.runElectron(deps.electronPath);
    return { via: 'electron', binary: deps.electronPath };
  }
  deps.print(noElectronMessage());
  const { url } = await deps.startDevHost();
  const opened = await deps.openBrowser(url);
  if (!opened)
    deps.print(
      `没有可用的浏览器启动命令，请在浏览器中打开这个地址 · No browser could be started; open this address: ${url}`,
    );
  return { via: 'browser', url, opened };
}
