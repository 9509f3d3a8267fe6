package org.yothub.plans.document;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Inline markup (strong, em, links, line breaks, spans) as Word runs. */
final class DocxRuns {
    private DocxRuns() {
    }

    static void inline(XWPFParagraph p, Element e, boolean bold, boolean italic) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String t = n.getTextContent().replaceAll("\\s+", " ");
                if (p.getRuns().isEmpty()) {
                    t = t.stripLeading();
                }
                if (!t.isEmpty()) {
                    XWPFRun r = p.createRun();
                    r.setText(t);
                    r.setBold(bold);
                    r.setItalic(italic);
                }
            } else if (n instanceof Element c) {
                switch (c.getTagName()) {
                    case "strong", "b" -> inline(p, c, true, italic);
                    case "em", "i" -> inline(p, c, bold, true);
                    case "br" -> p.createRun().addBreak();
                    case "a" -> {
                        inline(p, c, bold, italic);
                        String href = c.getAttribute("href");
                        if (href.startsWith("http") || href.startsWith("mailto:")) {
                            XWPFRun r = p.createRun();
                            r.setText(" (" + href.replaceFirst("^mailto:", "") + ")");
                        }
                    }
                    case "ul", "ol", "p" -> {
                        p.createRun().addBreak();
                        inline(p, c, bold, italic);
                    }
                    default -> inline(p, c, bold, italic);
                }
            }
        }
    }
}
