// Texts of holders' photos: the certificate drawer's photo and 导入照片 (a folder named by ID number).
import { defineMessages } from '../../../i18n/defineMessages';

const zhCN = {
  photos: {
    photo: '照片',
    none: '暂无照片',
    choose: '更换照片',
    add: '添加照片',
    remove: '删除照片',
    removeAsk: '删除 {{name}} 的照片吗？以后打印的证书将不带照片。',
    saved: '照片已保存',
    removed: '照片已删除',
    unreadable: '“{{name}}”不是能识别的照片（请选 JPG、PNG 等图片）。',
    importTitle: '导入照片',
    importHint:
      '照片文件请以持证人身份证号命名，如 321302199001011234.jpg；可一次选多张，或选整个文件夹。照片会自动缩小到 50 KB 以内。',
    chooseFiles: '选择照片…',
    chooseFolder: '选择文件夹…',
    progress: '已处理 {{done}} / {{total}} 张',
    result: '已保存 {{saved}} 张照片。',
    unmatchedTitle: '以下 {{count}} 个文件没有保存：',
    unmatchedRow: '{{name}}：{{reason}}',
  },
};

const en: typeof zhCN = {
  photos: {
    photo: 'Photo',
    none: 'No photo',
    choose: 'Change photo',
    add: 'Add photo',
    remove: 'Remove photo',
    removeAsk: 'Remove the photo of {{name}}? Certificates printed from now on carry no photo.',
    saved: 'Photo saved',
    removed: 'Photo removed',
    unreadable: '“{{name}}” is not a picture we can read (choose a JPG, PNG or similar image).',
    importTitle: 'Import photos',
    importHint:
      "Name each photo by its holder's ID number, e.g. 321302199001011234.jpg; choose several files or a whole folder. Photos are scaled down to 50 KB or less.",
    chooseFiles: 'Choose photos…',
    chooseFolder: 'Choose a folder…',
    progress: '{{done}} of {{total}} done',
    result: '{{saved}} photos saved.',
    unmatchedTitle: 'These {{count}} files were not saved:',
    unmatchedRow: '{{name}}: {{reason}}',
  },
};

export const photoMessages = defineMessages({ 'zh-CN': zhCN, en });
