// Writes a merchant's small workbook as .xlsb with SheetJS (a tool other than Shelf), for XlsbFromSheetJsTest.
const XLSX = require('xlsx');
const rows = [
  ['商品编码', '商品标题', '类目', 'SKU编码', '销售价', '库存', '上架日期'],
  ['SJ-1', '纯棉圆领T恤', '服饰鞋包/女装/T恤', 'SJ-1-A', 59, 10, new Date(Date.UTC(2026, 10, 26))],
  ['SJ-1', '纯棉圆领T恤', '服饰鞋包/女装/T恤', 'SJ-1-B', 59.5, 0, new Date(Date.UTC(2026, 10, 26))],
  ['SJ-2', '陶瓷马克杯 350ml', '家居日用/餐具', 'SJ-2-A', 19.9, 120, new Date(Date.UTC(2026, 10, 27))],
];
const ws = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
ws['E2'].z = '0.00'; ws['E3'].z = '0.00'; ws['E4'].z = '0.00';
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, '商品');
XLSX.writeFile(wb, process.argv[2], { bookType: 'xlsb', cellDates: true });
