package org.beltmap.core.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.beltmap.core.export.Exporter;
import org.beltmap.core.export.ExportOptions;
import org.beltmap.core.report.ReportContent.Block;
import org.beltmap.core.report.ReportContent.Figure;
import org.beltmap.core.report.ReportContent.Section;
import org.beltmap.core.report.ReportContent.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as an editable A4 Word document (Apache POI): Heading 1 / Heading 2 styles (so Word and LibreOffice
 * build a navigation pane and a table of contents from them), real tables whose header row repeats on every page,
 * the belt map and rings diagram as 200 dpi images, and page numbers in the footer.
 */
public final class DocxReportWriter {

    /** Image resolution of the figures. */
    static final int DPI = 200;
    private static final String FONT = "Arial";
    /** A4 in twentieths of a point, margins 2 cm. */
    private static final long A4_W = 11906;
    private static final long A4_H = 16838;
    private static final long MARGIN = 1134;

    private final ReportContent content;
    private final ReportText text;
    private final XWPFDocument doc = new XWPFDocument();
    private boolean breakBefore;

    private DocxReportWriter(ReportContent content, ReportText text) {
        this.content = content;
        this.text = text;
    }

    public static byte[] write(ReportContent content, ReportText text) throws IOException {
        DocxReportWriter w = new DocxReportWriter(content, text);
        try (XWPFDocument doc = w.doc) {
            w.page();
            w.styles();
            w.footer();
            for (Section s : content.sections()) {
                w.section(s);
            }
            doc.getProperties().getCoreProperties().setTitle(content.title());
            doc.getProperties().getCoreProperties().setCreator("BeltMap");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private void section(Section s) throws IOException {
        breakBefore = s.newPage() && !doc.getParagraphs().isEmpty();
        if (s.heading() != null) {
            paragraph(s.heading(), "Heading1", true, 16);
        }
        for (Block b : s.blocks()) {
            block(b);
        }
    }

    private void block(Block b) throws IOException {
        if (b instanceof ReportContent.Title t) {
            XWPFParagraph space = next();
            space.setSpacingBefore(4000);
            XWPFParagraph title = paragraph(t.text(), "Title", true, 28);
            title.setSpacingAfter(300);
            for (int i = 0; i < t.lines().size(); i++) {
                paragraph(t.lines().get(i), null, i == 0, i == 0 ? 14 : 11);
            }
        } else if (b instanceof ReportContent.Subheading s) {
            paragraph(s.text(), "Heading2", true, 12);
        } else if (b instanceof ReportContent.Paragraph p) {
            paragraph(p.text(), null, false, 10);
        } else if (b instanceof ReportContent.Note n) {
            XWPFParagraph p = paragraph(n.text(), null, false, 9);
            p.getRuns().forEach(r -> {
                r.setItalic(true);
                r.setColor("555B63");
            });
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof Figure f) {
            figure(f);
        }
    }

    /** A new paragraph, on a new page when its section asks for one. */
    private XWPFParagraph next() {
        XWPFParagraph p = doc.createParagraph();
        if (breakBefore) {
            p.setPageBreak(true);
            breakBefore = false;
        }
        return p;
    }

    private XWPFParagraph paragraph(String s, String style, boolean bold, int size) {
        XWPFParagraph p = next();
        if (style != null) {
            p.setStyle(style);
        }
        p.setSpacingAfter(120);
        XWPFRun r = p.createRun();
        r.setText(s);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(FONT);
        return p;
    }

    private void table(Table t) {
        if (t.caption() != null) {
            XWPFParagraph c = paragraph(t.caption(), null, true, 10);
            c.setKeepNext(true);
        }
        int n = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, n);
        table.setWidth("100%");
        long usable = A4_W - 2 * MARGIN;
        double sum = t.weights().stream().mapToDouble(Double::doubleValue).sum();
        int size = n > 6 ? 7 : 8;
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < n; c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setWidth(String.valueOf(Math.round(usable * t.weights().get(c) / sum)));
            cell.setColor("E4E8EE");
            cellText(cell, t.header().get(c), true, size, false);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            row.setHeightRule(TableRowHeightRule.AUTO);
            boolean flagged = t.flagged().contains(i);
            for (int c = 0; c < n; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(Math.round(usable * t.weights().get(c) / sum)));
                if (flagged) {
                    cell.setColor("FCE3C8");
                }
                List<String> values = t.rows().get(i);
                cellText(cell, c < values.size() ? values.get(c) : "", false, size, t.numeric().get(c));
            }
        }
        doc.createParagraph().setSpacingAfter(120);
    }

    private static void cellText(XWPFTableCell cell, String s, boolean bold, int size, boolean right) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        // The paragraph mark at the cell's size too, or an empty cell makes its row as tall as 11 pt text.
        var mark = (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(2L * size));
        if (right) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun r = p.createRun();
        r.setText(s);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily(FONT);
    }

    /** The map or rings sheet as a PNG at {@link #DPI}, the width of the text column. */
    private void figure(Figure f) throws IOException {
        ExportOptions o = new ExportOptions(f.kind() == Figure.Kind.MAP ? ExportOptions.Layout.MAP
                : ExportOptions.Layout.RINGS, ExportOptions.Format.PNG, ExportOptions.Paper.A4, false, DPI, false, null);
        byte[] png = Exporter.export(content.diagram(), o);
        double widthPt = (A4_W - 2 * MARGIN) / 20.0;
        double scale = Math.min(widthPt / o.widthPt(), (A4_H - 2 * MARGIN) / 20.0 * 0.82 / o.heightPt());
        XWPFParagraph p = next();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    f.kind().name().toLowerCase(java.util.Locale.ROOT) + ".png", Units.toEMU(o.widthPt() * scale),
                    Units.toEMU(o.heightPt() * scale));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        XWPFParagraph c = paragraph(f.caption(), null, false, 9);
        c.getRuns().forEach(r -> r.setItalic(true));
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_W));
        size.setH(BigInteger.valueOf(A4_H));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN));
        m.setBottom(BigInteger.valueOf(MARGIN));
        m.setLeft(BigInteger.valueOf(MARGIN));
        m.setRight(BigInteger.valueOf(MARGIN));
        m.setFooter(BigInteger.valueOf(567));
        m.setHeader(BigInteger.valueOf(567));
    }

    /** Title, Heading 1 and Heading 2 as real paragraph styles with outline levels. */
    private void styles() {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", -1, 56);
        style(styles, "Heading1", "heading 1", 0, 32);
        style(styles, "Heading2", "heading 2", 1, 24);
    }

    private static void style(XWPFStyles styles, String id, String name, int level, int halfPoints) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        var p = s.addNewPPr();
        p.addNewKeepNext();
        if (level >= 0) { // the title is no chapter: not in the outline or a table of contents
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        }
        p.addNewSpacing().setBefore(BigInteger.valueOf(240));
        var r = s.addNewRPr();
        r.addNewB();
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s, styles));
    }

    private void footer() {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setFontFamily(FONT);
        r.setText(content.footer() + "    ");
        String[] parts = text.get("page", "\u0000", "\u0001").split("[\u0000\u0001]", -1);
        run(p, parts[0]);
        field(p, "PAGE");
        run(p, parts.length > 1 ? parts[1] : " / ");
        field(p, "NUMPAGES");
        if (parts.length > 2) {
            run(p, parts[2]);
        }
    }

    /** A field (PAGE, NUMPAGES) as begin, instruction and end runs, so it stays where it is among the runs. */
    private static void field(XWPFParagraph p, String instruction) {
        small(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        small(p).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        small(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1");
        small(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A run in the footer's type, so the page number a field shows is as small as the text around it. */
    private static XWPFRun small(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setFontFamily(FONT);
        return r;
    }

    private static void run(XWPFParagraph p, String s) {
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setFontFamily(FONT);
        r.setText(s);
    }
}
