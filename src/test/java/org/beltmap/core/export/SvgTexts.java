package org.beltmap.core.export;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The text elements of an exported SVG with the boxes they cover, measured in the sheet's own font. */
final class SvgTexts {

    /** One text element: its string and the box from ascent to descent. */
    record Text(String text, Rectangle2D box) {
    }

    private static final Pattern SIZE = Pattern.compile("font-size:\\s*([0-9.]+)px");

    private SvgTexts() {
    }

    static List<Text> of(byte[] svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList nodes = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getElementsByTagNameNS("*", "text");
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String style = e.getAttribute("style");
            Matcher m = SIZE.matcher(style);
            if (!m.find()) {
                throw new AssertionError("no font-size in " + style);
            }
            float size = Float.parseFloat(m.group(1));
            Font font = style.contains("font-weight: bold") ? ExportFonts.bold(size) : ExportFonts.regular(size);
            double x = Double.parseDouble(e.getAttribute("x"));
            double y = Double.parseDouble(e.getAttribute("y"));
            String s = e.getTextContent();
            double asc = ExportFonts.ascent(font);
            out.add(new Text(s, new Rectangle2D.Double(x, y - asc, ExportFonts.width(font, s),
                    asc + ExportFonts.descent(font))));
        }
        return out;
    }

    /** Pairs of texts whose boxes overlap by more than a hair, as "a | b" lines. */
    static List<String> overlaps(List<Text> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = texts.get(i).box();
                Rectangle2D b = texts.get(j).box();
                Rectangle2D both = a.createIntersection(b);
                if (both.getWidth() > 0.3 && both.getHeight() > 0.3) {
                    out.add(texts.get(i).text() + " | " + texts.get(j).text());
                }
            }
        }
        return out;
    }
}
