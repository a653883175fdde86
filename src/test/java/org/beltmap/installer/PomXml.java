package org.beltmap.installer;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers for reading pom.xml in {@link JpackageConfigTest}. */
final class PomXml {

    private PomXml() {
    }

    static Element first(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                return e;
            }
        }
        List<Element> deeper = descendants(parent, tag);
        return deeper.isEmpty() ? null : deeper.get(0);
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && tag.equals(e.getTagName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static List<Element> descendants(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static String text(Element e) {
        return e == null ? "" : e.getTextContent().trim();
    }

    static String serialise(Element e) {
        StringBuilder sb = new StringBuilder();
        appendAll(e, sb);
        return sb.toString();
    }

    static void appendAll(Node n, StringBuilder sb) {
        if (n instanceof Element e) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                sb.append(e.getAttributes().item(i).getNodeValue()).append('\n');
            }
        } else if (n.getNodeType() == Node.TEXT_NODE) {
            sb.append(n.getNodeValue()).append('\n');
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            appendAll(c, sb);
        }
    }
}
