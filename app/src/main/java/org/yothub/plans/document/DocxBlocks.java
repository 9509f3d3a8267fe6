package org.yothub.plans.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Walks document XHTML block by block into XWPF paragraphs, tables and pictures. */
final class DocxBlocks {
    private final XWPFDocument doc;
    private boolean firstSection = true;
    private int figure;

    DocxBlocks(XWPFDocument doc) {
        this.doc = doc;
    }

    void blocks(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                block(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(n.getTextContent().strip().replaceAll("\\s+", " "));
            }
        }
    }

    private void block(Element e) {
        String tag = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        String cls = e.getAttribute("class");
        switch (tag) {
            case "nav" -> contents(e);
            case "section" -> {
                if (!firstSection || cls.contains("plan-section")) {
                    DocxWriter.pageBreak(doc);
                }
                firstSection = false;
                blocks(e);
            }
            case "h1" -> styled(e, "Title");
            case "h2" -> styled(e, "Heading1");
            case "h3" -> styled(e, "Heading2");
            case "h4", "h5", "h6" -> styled(e, "Heading3");
            case "p" -> paragraph(e, cls.contains("note") || cls.contains("placeholder"));
            case "ul", "ol" -> list(e, tag.equals("ol"));
            case "blockquote" -> {
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element c) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setIndentationLeft(567);
                        DocxRuns.inline(p, c, false, true);
                    }
                }
            }
            case "table" -> table(e);
            case "figure" -> figure(e);
            case "div" -> {
                blocks(e);
                if (cls.equals("cover")) {
                    DocxWriter.pageBreak(doc);
                }
            }
            case "style", "script", "bookmarks", "head", "svg" -> { }
            default -> blocks(e);
        }
    }

    private void contents(Element nav) {
        XWPFParagraph h = doc.createParagraph();
        h.setStyle("Heading1");
        h.createRun().setText("Contents");
        XWPFParagraph p = doc.createParagraph();
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("TOC \\o \"1-2\" \\h \\z \\u");
        field.addNewR().addNewT().setStringValue("Open in Word and update fields (F9) to refresh page numbers.");
        DocxWriter.pageBreak(doc);
    }

    private void styled(Element e, String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text(e));
    }

    private void paragraph(Element e, boolean small) {
        XWPFParagraph p = doc.createParagraph();
        DocxRuns.inline(p, e, false, false);
        if (small) {
            p.getRuns().forEach(r -> r.setFontSize(8));
        }
    }

    private void list(Element e, boolean ordered) {
        int i = 0;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element li) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(425);
                p.setIndentationHanging(283);
                p.createRun().setText(ordered ? (++i) + ". " : "• ");
                DocxRuns.inline(p, li, false, false);
            }
        }
    }

    private void table(Element e) {
        List<Element> rows = new ArrayList<>();
        collect(e, "tr", rows);
        Element caption = first(e, "caption");
        if (caption != null) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Caption");
            p.createRun().setText(text(caption));
        }
        int columns = 0;
        for (Element tr : rows) {
            int c = 0;
            for (Element cell : cells(tr)) {
                c += Math.max(1, parse(cell.getAttribute("colspan")));
            }
            columns = Math.max(columns, c);
        }
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = "thead".equals(((Element) rows.get(r).getParentNode()).getTagName());
            if (header) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            for (Element cell : cells(rows.get(r))) {
                if (c >= columns) {
                    break;
                }
                XWPFTableCell target = row.getCell(c);
                XWPFParagraph p = target.getParagraphs().get(0);
                DocxRuns.inline(p, cell, cell.getTagName().equals("th"), false);
                p.getRuns().forEach(run -> run.setFontSize(8));
                if (header) {
                    target.setColor("EEF3F8");
                }
                c += Math.max(1, parse(cell.getAttribute("colspan")));
            }
        }
        doc.createParagraph();
    }

    private void figure(Element e) {
        Element svg = first(e, "svg");
        Element caption = first(e, "figcaption");
        String alt = caption == null ? "Chart" : text(caption);
        if (svg != null) {
            byte[] png = SvgRaster.png(DocxWriter.serialize(svg), PlanCharts.WIDTH, PlanCharts.HEIGHT, 2.0);
            XWPFParagraph p = doc.createParagraph();
            XWPFRun run = p.createRun();
            try {
                run.addPicture(DocxWriter.bytes(png), Document.PICTURE_TYPE_PNG, "figure-" + (++figure) + ".png",
                        Units.toEMU(450), Units.toEMU(180));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
                throw new UncheckedIOException(new IOException(ex));
            }
            CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
            inline.getDocPr().setDescr(alt);
            inline.getDocPr().setTitle(alt);
        }
        if (caption != null) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Caption");
            p.createRun().setText(alt);
        }
    }

    private static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (c.getTagName().equals("td") || c.getTagName().equals("th"))) {
                out.add(c);
            }
        }
        return out;
    }

    private static void collect(Element e, String tag, List<Element> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (c.getTagName().equals(tag)) {
                    out.add(c);
                } else {
                    collect(c, tag, out);
                }
            }
        }
    }

    static Element first(Element e, String tag) {
        var list = e.getElementsByTagNameNS("*", tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    static String text(Element e) {
        return e.getTextContent().strip().replaceAll("\\s+", " ");
    }

    private static int parse(String s) {
        try {
            return s == null || s.isBlank() ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
