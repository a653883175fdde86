package org.beltmap.core.report;

import java.util.List;
import java.util.Locale;
import org.beltmap.core.export.DiagramData;

/**
 * The consultant's report as content, built once from one analysis ({@link ReportBuilder}) and written by the PDF
 * and DOCX writers alike, so both files hold the same sections, tables and figures in the same order.
 *
 * @param diagram what the belt map and the rings diagram draw
 * @param footer the line under every page (region, date)
 */
public record ReportContent(Locale locale, String title, String footer, DiagramData diagram,
                            List<Section> sections) {

    /** A chapter; {@code newPage} starts it on a page of its own (title page, figures, each town card). */
    public record Section(String heading, boolean newPage, List<Block> blocks) {
    }

    /** What a section holds. */
    public sealed interface Block permits Title, Paragraph, Note, Table, Figure, Subheading {
    }

    /** The title page's large title and the lines under it. */
    public record Title(String text, List<String> lines) implements Block {
    }

    public record Subheading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A remark that something is missing or was left out (no published figures, unreachable towns): in italics. */
    public record Note(String text) implements Block {
    }

    /**
     * A table whose header repeats on every page it runs over. {@code numeric} columns are right-aligned;
     * {@code flagged} rows (indexes) are where computed and published figures disagree, shown highlighted.
     * {@code weights} are relative column widths.
     */
    public record Table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric,
                        List<Integer> flagged, List<Double> weights) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
            flagged = List.copyOf(flagged);
            weights = List.copyOf(weights);
        }
    }

    /** The belt map or the rings diagram. */
    public record Figure(Kind kind, String caption) implements Block {

        public enum Kind { MAP, RINGS }
    }
}
