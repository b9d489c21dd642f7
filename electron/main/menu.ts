// The application menu, in Chinese: 文件 / 编辑 / 视图 / 帮助. Reload and devtools only outside packaged builds.
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(settings: { packaged: boolean }): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = settings.packaged
    ? []
    : [{ type: 'separator' }, { role: 'reload', label: '重新加载' }, { role: 'toggleDevTools', label: '开发者工具' }];
  return [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
        ...developer,
      ],
    },
    { label: '帮助', submenu: [{ role: 'about', label: '关于博爱台账' }] },
  ];
}
