// The files every import reads (core/spreadsheet/format.ts): what a file picker offers the clerk.
export const SPREADSHEET_ACCEPT = '.xlsx,.xlsm,.xls,.xlt,.et,.ett,.ods,.ots,.xlsb,.csv,.txt,.tsv';
