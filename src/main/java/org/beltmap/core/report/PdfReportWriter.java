package org.beltmap.core.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.beltmap.core.export.DiagramRenderer;
import org.beltmap.core.export.ExportFonts;
import org.beltmap.core.export.ExportOptions;
import org.beltmap.core.report.ReportContent.Block;
import org.beltmap.core.report.ReportContent.Figure;
import org.beltmap.core.report.ReportContent.Section;
import org.beltmap.core.report.ReportContent.Table;

/**
 * The report as an A4 PDF: DejaVu Sans embedded (Cyrillic, selectable text), the belt map and rings diagram drawn
 * as vector by the same renderer as the sheet exports, tables that go on over pages with their header repeated,
 * and "page n of m" under every page.
 */
public final class PdfReportWriter {

    static final float W = PDRectangle.A4.getWidth();
    static final float H = PDRectangle.A4.getHeight();
    static final float MARGIN = 50;
    static final float BOTTOM = 58;
    private static final float CELL_PAD = 3;
    private static final Color HEAD_FILL = new Color(0xE4E8EE);
    private static final Color FLAG_FILL = new Color(0xFCE3C8);
    private static final Color RULE = new Color(0xB8BEC6);
    private static final Color GREY = new Color(0x555B63);

    private final ReportContent content;
    private final ReportText text;
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final java.awt.Font glyphs = ExportFonts.regular(10);
    private PDPageContentStream cs;
    private float y;

    private PdfReportWriter(ReportContent content, ReportText text, PDDocument doc) throws IOException {
        this.content = content;
        this.text = text;
        this.doc = doc;
        regular = font(doc, ExportFonts.REGULAR);
        bold = font(doc, ExportFonts.BOLD);
    }

    /**
     * The bundled font, embedded as a subset, without its glyph substitutions: PDFBox would otherwise set "fi" as
     * the ligature ﬁ, and a reader searching the PDF for "figure" would not find it.
     */
    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ExportFonts.stream(resource)) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.getTableMap().remove("GSUB");
            return PDType0Font.load(doc, ttf, true);
        }
    }

    /** The whole report as PDF bytes. */
    public static byte[] write(ReportContent content, ReportText text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfReportWriter w = new PdfReportWriter(content, text, doc);
            w.sections();
            w.footers();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.title());
            info.setCreator("BeltMap");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void sections() throws IOException {
        for (Section s : content.sections()) {
            if (s.newPage() || cs == null) {
                newPage();
            }
            if (s.heading() != null) {
                need(60);
                y -= 6;
                lines(s.heading(), bold, 16, W - 2 * MARGIN, 20, Color.BLACK);
                y -= 8;
            }
            for (Block b : s.blocks()) {
                block(b);
            }
        }
        cs.close();
    }

    private void block(Block b) throws IOException {
        if (b instanceof ReportContent.Title t) {
            y = H * 0.62f;
            lines(t.text(), bold, 28, W - 2 * MARGIN, 34, Color.BLACK);
            y -= 14;
            for (int i = 0; i < t.lines().size(); i++) {
                lines(t.lines().get(i), i == 0 ? bold : regular, i == 0 ? 14 : 11, W - 2 * MARGIN, i == 0 ? 20 : 16,
                        i == 0 ? Color.BLACK : GREY);
                y -= i == 0 ? 10 : 2;
            }
        } else if (b instanceof ReportContent.Subheading s) {
            need(100); // never alone at the foot of a page: the table or text under it comes along
            y -= 8;
            lines(s.text(), bold, 12, W - 2 * MARGIN, 15, Color.BLACK);
            y -= 4;
        } else if (b instanceof ReportContent.Paragraph p) {
            lines(p.text(), regular, 10, W - 2 * MARGIN, 13.5f, Color.BLACK);
            y -= 6;
        } else if (b instanceof ReportContent.Note n) {
            lines(n.text(), regular, 8.5f, W - 2 * MARGIN, 11.5f, GREY);
            y -= 5;
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof Figure f) {
            figure(f);
        }
    }

    /** Wrapped text at the cursor, going on to the next page when a line does not fit. */
    private void lines(String s, PDFont font, float size, float width, float leading, Color colour)
            throws IOException {
        for (String line : wrap(s, font, size, width)) {
            need(leading);
            y -= leading;
            show(line, font, size, MARGIN, y + leading * 0.25f, colour);
        }
    }

    private void table(Table t) throws IOException {
        float width = W - 2 * MARGIN;
        int n = t.header().size();
        float size = n > 6 ? 7.5f : 8.5f;
        float[] cols = columns(t, size, width);
        while (cols == null) {
            size -= 0.5f;
            cols = columns(t, size, width);
        }
        float leading = size * 1.25f;
        List<List<String>> head = cells(t.header(), cols, bold, size);
        float headH = height(head, leading);
        if (t.caption() != null) {
            need(16 + headH + leading * 2 + 2 * CELL_PAD);
            y -= 4;
            lines(t.caption(), bold, 9.5f, width, 13, Color.BLACK);
            y -= 2;
        } else {
            need(headH + leading * 2 + 2 * CELL_PAD);
        }
        row(head, cols, t, -1, headH, leading, size);
        for (int i = 0; i < t.rows().size(); i++) {
            List<List<String>> cells = cells(t.rows().get(i), cols, regular, size);
            float h = height(cells, leading);
            if (y - h < BOTTOM) {
                newPage();
                if (t.caption() != null) {
                    lines(text.get("continued", t.caption()), bold, 9.5f, width, 13, GREY);
                    y -= 2;
                }
                row(head, cols, t, -1, headH, leading, size);
            }
            row(cells, cols, t, i, h, leading, size);
        }
        y -= 10;
    }

    /**
     * Column widths: each at least its longest word (header in bold, numbers whole), then the room left goes first
     * to columns whose cells would otherwise wrap, then by the table's weights. Null when the words alone do not
     * fit at this size (the caller tries a smaller one; from 5.5 pt words are broken instead).
     */
    private float[] columns(Table t, float size, float width) throws IOException {
        int n = t.header().size();
        float[] min = new float[n];
        float[] natural = new float[n];
        for (int c = 0; c < n; c++) {
            for (String w : printable(t.header().get(c)).split(" ")) {
                min[c] = Math.max(min[c], width(w, bold, size));
            }
            natural[c] = Math.max(min[c], width(printable(t.header().get(c)), bold, size));
            for (List<String> row : t.rows()) {
                String v = printable(c < row.size() ? row.get(c) : "");
                float full = width(v, regular, size);
                natural[c] = Math.max(natural[c], full);
                if (t.numeric().get(c)) {
                    min[c] = Math.max(min[c], full);
                } else {
                    for (String w : v.split(" ")) {
                        min[c] = Math.max(min[c], width(w, regular, size));
                    }
                }
            }
            min[c] += 2 * CELL_PAD + 0.5f;
            natural[c] += 2 * CELL_PAD + 0.5f;
        }
        float sumMin = 0;
        float want = 0;
        for (int c = 0; c < n; c++) {
            sumMin += min[c];
            want += natural[c] - min[c];
        }
        if (sumMin > width) {
            if (size > 5.5f) {
                return null;
            }
            float[] even = new float[n];
            java.util.Arrays.fill(even, width / n);
            return even;
        }
        float room = width - sumMin;
        float toNatural = Math.min(1, want == 0 ? 0 : room / want);
        float[] cols = new float[n];
        float left = room;
        for (int c = 0; c < n; c++) {
            cols[c] = min[c] + (natural[c] - min[c]) * toNatural;
            left -= (natural[c] - min[c]) * toNatural;
        }
        double sum = t.weights().stream().mapToDouble(Double::doubleValue).sum();
        for (int c = 0; c < n; c++) {
            cols[c] += (float) (left * t.weights().get(c) / sum);
        }
        return cols;
    }

    private List<List<String>> cells(List<String> values, float[] cols, PDFont font, float size) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
            out.add(wrap(c < values.size() ? values.get(c) : "", font, size, cols[c] - 2 * CELL_PAD));
        }
        return out;
    }

    private static float height(List<List<String>> cells, float leading) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * leading + 2 * CELL_PAD;
    }

    /** One row at the cursor; {@code index} -1 is the header (bold, shaded). */
    private void row(List<List<String>> cells, float[] cols, Table t, int index, float h, float leading, float size)
            throws IOException {
        boolean header = index < 0;
        Color fill = header ? HEAD_FILL : t.flagged().contains(index) ? FLAG_FILL : null;
        if (fill != null) {
            cs.setNonStrokingColor(fill);
            cs.addRect(MARGIN, y - h, W - 2 * MARGIN, h);
            cs.fill();
        }
        float x = MARGIN;
        for (int c = 0; c < cols.length; c++) {
            float ty = y - CELL_PAD - leading * 0.8f;
            for (String line : cells.get(c)) {
                PDFont font = header ? bold : regular;
                float tx = !header && t.numeric().get(c) ? x + cols[c] - CELL_PAD - width(line, font, size)
                        : x + CELL_PAD;
                show(line, font, size, tx, ty, Color.BLACK);
                ty -= leading;
            }
            x += cols[c];
        }
        cs.setStrokingColor(RULE);
        cs.setLineWidth(header ? 0.8f : 0.4f);
        cs.moveTo(MARGIN, y - h);
        cs.lineTo(W - MARGIN, y - h);
        if (header) {
            cs.moveTo(MARGIN, y);
            cs.lineTo(W - MARGIN, y);
        }
        cs.stroke();
        y -= h;
    }

    /** The belt map or rings sheet, drawn as vector into the rest of the page (a page of its own if need be). */
    private void figure(Figure f) throws IOException {
        float captionH = 40;
        if (y - BOTTOM < 400) {
            newPage();
        }
        ExportOptions o = new ExportOptions(f.kind() == Figure.Kind.MAP ? ExportOptions.Layout.MAP
                : ExportOptions.Layout.RINGS, ExportOptions.Format.PDF, ExportOptions.Paper.A4, false, 300, false, null);
        float sw = (float) o.widthPt();
        float sh = (float) o.heightPt();
        float boxW = W - 2 * MARGIN;
        float boxH = y - BOTTOM - captionH;
        float scale = Math.min(boxW / sw, boxH / sh);
        try (PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            fonts.registerFont(ExportFonts.regular(10).getFontName(), ExportFonts.stream(ExportFonts.REGULAR));
            fonts.registerFont(ExportFonts.bold(10).getFontName(), ExportFonts.stream(ExportFonts.BOLD));
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, sw, sh);
            g.setFontTextDrawer(fonts);
            DiagramRenderer.draw(g, content.diagram(), o);
            g.dispose();
            float x = MARGIN + (boxW - sw * scale) / 2;
            float top = y;
            cs.saveGraphicsState();
            cs.transform(new Matrix(scale, 0, 0, scale, x, top - sh * scale));
            cs.drawForm(g.getXFormObject());
            cs.restoreGraphicsState();
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.5f);
            cs.addRect(x, top - sh * scale, sw * scale, sh * scale);
            cs.stroke();
            y = top - sh * scale - 6;
        }
        lines(f.caption(), regular, 9, W - 2 * MARGIN, 12, GREY);
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = H - MARGIN;
    }

    private void need(float h) throws IOException {
        if (y - h < BOTTOM) {
            newPage();
        }
    }

    private void footers() throws IOException {
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDPageContentStream keep = cs;
                cs = f;
                cs.setStrokingColor(RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(MARGIN, 44);
                cs.lineTo(W - MARGIN, 44);
                cs.stroke();
                String page = text.get("page", i + 1, n);
                show(content.footer(), regular, 8, MARGIN, 32, GREY);
                show(page, regular, 8, W - MARGIN - width(page, regular, 8), 32, GREY);
                cs = keep;
            }
        }
    }

    private void show(String s, PDFont font, float size, float x, float baseline, Color colour) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setNonStrokingColor(colour);
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Lines of {@code s} no wider than {@code width}: broken at spaces, a word too long for a line at any char. */
    List<String> wrap(String s, PDFont font, float size, float width) throws IOException {
        s = printable(s);
        List<String> out = new ArrayList<>();
        for (String para : s.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String next = line.length() == 0 ? word : line + " " + word;
                if (width(next, font, size) <= width) {
                    line.setLength(0);
                    line.append(next);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width && word.length() > 1) {
                    int k = word.length() - 1;
                    while (k > 1 && width(word.substring(0, k), font, size) > width) {
                        k--;
                    }
                    out.add(word.substring(0, k));
                    word = word.substring(k);
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Characters the embedded font has no glyph for become "?" rather than failing the whole report. */
    private String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(cp == '\t' ? ' ' : cp == '\n' || glyphs.canDisplay(cp)
                ? cp : '?'));
        return b.toString();
    }
}
