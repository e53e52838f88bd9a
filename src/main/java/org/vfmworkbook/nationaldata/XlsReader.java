package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads the old binary .xls format (the ONS population files) with Apache POI's HSSF event API: the records
 * are streamed once, cells of the wanted sheets are kept as text (numbers as Excel shows them, formulas by
 * their cached result) and the read stops after the last wanted sheet. No cell objects are built for the
 * rest of the workbook, which is most of it.
 */
final class XlsReader implements WorkbookReader {

    @Override
    public Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames, RowFilter filter)
            throws IOException {
        Cells cells = new Cells(sheetNames, filter);
        try (POIFSFileSystem fs = new POIFSFileSystem(content)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(cells);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
        } catch (HSSFUserException | RuntimeException e) {
            throw new IOException("not a readable .xls workbook: " + e.getMessage(), e);
        }
        return cells.sheets;
    }

    /** Follows the record stream: which sheet it is in, and each cell's text. */
    private static final class Cells extends AbortableHSSFListener {
        private static final short STOP = 1;
        private static final short GO_ON = 0;

        final Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        private final Set<String> wanted;
        private final RowFilter filter;
        private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
        private BoundSheetRecord[] sheetOrder;
        private SSTRecord strings;
        private int depth;
        private int sheetIndex = -1;
        private SheetGrid grid;
        private final RowBuffer row = new RowBuffer();
        private FormulaRecord stringFormula;

        Cells(Set<String> wanted, RowFilter filter) {
            this.wanted = wanted;
            this.filter = filter;
        }

        @Override
        public short abortableProcessRecord(Record record) {
            if (record instanceof BoundSheetRecord sheet) {
                boundSheets.add(sheet);
            } else if (record instanceof SSTRecord sst) {
                strings = sst;
            } else if (record instanceof BOFRecord bof) {
                startSubstream(bof);
            } else if (record instanceof EOFRecord) {
                if (--depth == 0 && grid != null) {
                    row.flushInto(grid, filter);
                    sheets.put(grid.name(), grid);
                    grid = null;
                    if (sheets.size() == wanted.size()) {
                        return STOP; // the rest of the workbook is not wanted
                    }
                }
            } else if (grid != null && depth == 1) {
                cell(record);
            }
            return GO_ON;
        }

        /** A substream at the top level after the workbook globals is the next sheet; a nested one is an embedded chart. */
        private void startSubstream(BOFRecord bof) {
            if (depth++ > 0 || bof.getType() == BOFRecord.TYPE_WORKBOOK) {
                return;
            }
            if (sheetOrder == null) {
                sheetOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
            }
            sheetIndex++;
            String name = sheetIndex < sheetOrder.length ? sheetOrder[sheetIndex].getSheetname() : null;
            grid = name != null && wanted.contains(name) ? new SheetGrid(name) : null;
            row.start(0);
        }

        private void cell(Record record) {
            if (record instanceof MergeCellsRecord merges) {
                for (int i = 0; i < merges.getNumAreas(); i++) {
                    CellRangeAddress area = merges.getAreaAt(i);
                    grid.addMerge(new SheetGrid.Range(
                            area.getFirstRow() + 1,
                            area.getFirstColumn() + 1,
                            area.getLastRow() + 1,
                            area.getLastColumn() + 1));
                }
                return;
            }
            if (record instanceof StringRecord text && stringFormula != null) {
                put(stringFormula, text.getString());
                stringFormula = null;
                return;
            }
            if (!(record instanceof CellValueRecordInterface value)) {
                return;
            }
            if (record instanceof NumberRecord number) {
                put(value, NumberToTextConverter.toText(number.getValue()));
            } else if (record instanceof LabelSSTRecord label) {
                put(value, strings.getString(label.getSSTIndex()).getString());
            } else if (record instanceof LabelRecord label) {
                put(value, label.getValue());
            } else if (record instanceof BoolErrRecord bool && bool.isBoolean()) {
                put(value, Boolean.toString(bool.getBooleanValue()));
            } else if (record instanceof FormulaRecord formula) {
                CellType result = formula.getCachedResultTypeEnum();
                if (result == CellType.NUMERIC) {
                    put(value, NumberToTextConverter.toText(formula.getValue()));
                } else if (result == CellType.STRING) {
                    stringFormula = formula; // its text follows in a STRING record
                } else if (result == CellType.BOOLEAN) {
                    put(value, Boolean.toString(formula.getCachedBooleanValue()));
                }
            }
        }

        private void put(CellValueRecordInterface cell, String text) {
            int rowNumber = cell.getRow() + 1;
            if (rowNumber != row.number()) {
                row.flushInto(grid, filter);
                row.start(rowNumber);
            }
            row.put(cell.getColumn() + 1, text);
        }
    }
}
