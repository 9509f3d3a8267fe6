package org.yothub.plans.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Paragraph styles of the Word document: Normal, Title and Heading 1-3 (so Word's navigation and contents work). */
final class DocxStyles {
    static final String PRIMARY = "1D3F6E";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, "Normal", "Normal", -1, 20, false, "0B0C0C");
        add(styles, "Title", "Title", -1, 56, true, PRIMARY);
        add(styles, "Heading1", "heading 1", 0, 34, true, PRIMARY);
        add(styles, "Heading2", "heading 2", 1, 26, true, PRIMARY);
        add(styles, "Heading3", "heading 3", 2, 22, true, PRIMARY);
        add(styles, "Caption", "caption", -1, 17, true, PRIMARY);
    }

    private static void add(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold, String colour) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        if (!id.equals("Normal")) {
            s.addNewBasedOn().setVal("Normal");
            s.addNewNext().setVal("Normal");
        }
        CTPPrGeneral ppr = s.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(outline >= 0 ? 120 : 100));
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.getSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = s.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        fonts.setCs("Arial");
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewColor().setVal(colour);
        styles.addStyle(new XWPFStyle(s));
    }
}
