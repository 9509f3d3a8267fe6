package org.yothub.plans.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes a document's XHTML as an editable Word document (Apache POI XWPF), walking the same
 * markup the HTML preview and the PDF show, so the three carry the same content: real heading
 * styles (navigation pane, table of contents field Word updates on opening), tables with header
 * rows, lists, and charts as pictures with alternative text. Page numbers are in the footer.
 */
public final class DocxWriter {
    private DocxWriter() {
    }

    public static byte[] docx(String xhtml, String footerText) {
        Document html = parse(xhtml);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(doc);
            footer(doc, footerText);
            String title = html.getElementsByTagName("title").getLength() > 0
                    ? html.getElementsByTagName("title").item(0).getTextContent() : footerText;
            doc.getProperties().getCoreProperties().setTitle(title);
            Element body = (Element) html.getElementsByTagName("body").item(0);
            new DocxBlocks(doc).blocks(body);
            doc.enforceUpdateFields();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the DOCX", e);
        }
    }

    private static void footer(XWPFDocument doc, String text) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setText(text + " · Page ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    static void pageBreak(XWPFDocument doc) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("The document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    static String serialize(Node node) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    static ByteArrayInputStream bytes(byte[] b) {
        return new ByteArrayInputStream(b);
    }
}
