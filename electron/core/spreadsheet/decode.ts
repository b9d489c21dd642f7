// Text of a CSV file as Excel and WPS write it: UTF-8 with or without a byte-order mark, UTF-16 (Excel's
// "Unicode text"), or GBK - what Excel on Chinese Windows writes by default.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: a Chinese-Windows file. The WHATWG 'gbk' decoder is GB18030's, so every byte sequence decodes.
    return decodeAs('gbk', bytes);
  }
}

function decodeAs(encoding: TextEncoding, bytes: Uint8Array) {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
