package org.beltmap.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.beltmap.core.model.Region;
import org.beltmap.testing.Sample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Exports checked by structure, as a reader would open them: SVG parses with text, PDF size and text, PNG size. */
class ExporterTest {

    static DiagramData data;

    @BeforeAll
    static void analyse() {
        Region region = Sample.region();
        data = new DiagramData(region, Sample.belts(), List.of(), List.of(), List.of(), List.of(), null,
                "© OpenStreetMap contributors");
    }

    @Test
    void svgParsesAndKeepsTownLabelsAsText() throws Exception {
        byte[] svg = Exporter.export(data, ExportOptions.defaults(ExportOptions.Layout.MAP, ExportOptions.Format.SVG));
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Like a browser, do not fetch the SVG DTD from the network.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('|');
        }
        assertTrue(all.toString().contains("Кореновск"), "town labels are text");
        assertTrue(all.toString().contains("OpenStreetMap"), "attribution present");
        assertTrue(all.toString().contains("km"), "scale bar");
    }

    @Test
    void pdfHasTheA3PageAndExtractableCyrillicNames() throws Exception {
        ExportOptions o = new ExportOptions(ExportOptions.Layout.RINGS, ExportOptions.Format.PDF,
                ExportOptions.Paper.A3, true, 300, true, null);
        byte[] pdf = Exporter.export(data, o);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(1190.55, box.getWidth(), 0.5, "A3 landscape width in points");
            assertEquals(841.89, box.getHeight(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Кореновск"), text.substring(0, Math.min(300, text.length())));
            assertTrue(text.contains("Краснодар"));
        }
    }

    @Test
    void pngAtA4LandscapeAnd300DpiIs3508By2480() throws Exception {
        byte[] png = Exporter.export(data, ExportOptions.defaults(ExportOptions.Layout.RINGS, ExportOptions.Format.PNG));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(3508, img.getWidth());
        assertEquals(2480, img.getHeight());
    }
}
