// The one AG Grid look for every grid: <AgGridReact theme={gridTheme} localeText={gridLocale()} …/>.
// Dense like a spreadsheet, the app's own fonts (Quartz would ask for a web font the CSP refuses).
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'var(--font)',
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  rowHeight: 30,
  headerHeight: 34,
  spacing: 6,
  accentColor: '#1a66c9',
  foregroundColor: '#1f2328',
  borderColor: '#d9dde2',
  headerBackgroundColor: '#f7f8fa',
  oddRowBackgroundColor: '#fbfcfd',
  wrapperBorderRadius: 4,
  borderRadius: 3,
});
