package org.jixiao.exchange;

import java.util.List;

/**
 * The body of a Word document as the goal-table reader needs it: paragraphs and tables in document order, text
 * only. Tables are numbered from 1 in document order (as a person counts them); a cell knows the grid columns it
 * covers ({@code gridSpan}) and whether it continues a vertical merge ({@code vMerge}) from the row above.
 */
record DocxBody(List<Block> blocks) {

    DocxBody {
        blocks = List.copyOf(blocks);
    }

    sealed interface Block permits Paragraph, Table {
    }

    /** A paragraph outside any table; line breaks as {@code \n}, tabs as {@code \t}. */
    record Paragraph(String text) implements Block {
    }

    /** A table: its number (1-based, document order) and its rows of cells. */
    record Table(int number, List<List<Cell>> rows) implements Block {

        Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** The cell of {@code row} covering grid column {@code gridColumn}, or null. */
        Cell at(int row, int gridColumn) {
            if (row < 0 || row >= rows.size()) {
                return null;
            }
            for (Cell cell : rows.get(row)) {
                if (cell.gridFrom() <= gridColumn && gridColumn <= cell.gridTo()) {
                    return cell;
                }
            }
            return null;
        }
    }

    /**
     * One cell: its text (paragraphs joined with {@code \n}), its place among the cells of its row (0-based, what
     * a person counts), the grid columns it covers, and {@code continued} when it continues a vertical merge (Word
     * shows the text of the first cell of the merge; the cell itself is empty).
     */
    record Cell(String text, int index, int gridFrom, int gridTo, boolean continued) {

        boolean isBlank() {
            return text.isBlank();
        }
    }
}
