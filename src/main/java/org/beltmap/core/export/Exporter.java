package org.beltmap.core.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.beltmap.core.io.AtomicFiles;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a diagram as SVG (JFreeSVG), PDF (pdfbox-graphics2d, fonts embedded; more than one page when the table
 * of small towns does not fit the first) or PNG, atomically.
 */
public final class Exporter {

    private Exporter() {
    }

    public static byte[] export(DiagramData d, ExportOptions o) throws IOException {
        return switch (o.format()) {
            case SVG -> svg(d, o);
            case PDF -> pdf(d, o);
            case PNG -> png(d, o);
        };
    }

    public static void export(DiagramData d, ExportOptions o, Path out) throws IOException {
        AtomicFiles.write(out, export(d, o));
    }

    private static byte[] svg(DiagramData d, ExportOptions o) {
        SVGGraphics2D g = new SVGGraphics2D(o.widthPt(), o.heightPt(), org.jfree.svg.SVGUnits.PT);
        DiagramRenderer.draw(g, d, o);
        // A viewBox in points, so the drawing fills the page at its size in browsers and Inkscape alike.
        String svg = g.getSVGElement(null, true, new org.jfree.svg.ViewBox(0, 0, o.widthPt(), o.heightPt()), null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] pdf(DiagramData d, ExportOptions o) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            fonts.registerFont(ExportFonts.regular(10).getFontName(), ExportFonts.stream(ExportFonts.REGULAR));
            fonts.registerFont(ExportFonts.bold(10).getFontName(), ExportFonts.stream(ExportFonts.BOLD));
            PDRectangle size = new PDRectangle((float) o.widthPt(), (float) o.heightPt());
            // A small-towns table too long for the sheet goes on over further pages.
            for (int n = 0, pages = DiagramRenderer.pages(d, o); n < pages; n++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size);
                g.setFontTextDrawer(fonts);
                DiagramRenderer.drawPage(g, d, o, n);
                g.dispose();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawForm(g.getXFormObject());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] png(DiagramData d, ExportOptions o) throws IOException {
        BufferedImage img = new BufferedImage(o.widthPx(), o.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            // The whole raster white first: the page in points may end a fraction of a pixel short of it.
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.scale(o.dpi() / 72.0, o.dpi() / 72.0);
            DiagramRenderer.draw(g, d, o);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
