package org.yothub.plans.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Turns a document's XHTML into a tagged PDF (PDF/UA: structure tags, headings, table headers,
 * figure alternative text, bookmarks, document title and language) with SVG charts drawn as
 * vectors. Liberation Sans is embedded (shipped in the openpdf-fonts-extra jar), so the PDF looks
 * the same on a machine with no system fonts.
 */
public final class PdfWriter {
    private static final String FAMILY = "Liberation Sans";
    private static final Map<String, byte[]> FONTS = Map.of(
            "Regular", font("Regular"), "Bold", font("Bold"), "Italic", font("Italic"), "BoldItalic", font("BoldItalic"));

    private PdfWriter() {
    }

    public static byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePdfUaAccessbility(true);
            b.useFont(() -> stream("Regular"), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> stream("Bold"), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> stream("Italic"), FAMILY, 400, BaseRendererBuilder.FontStyle.ITALIC, true);
            b.useFont(() -> stream("BoldItalic"), FAMILY, 700, BaseRendererBuilder.FontStyle.ITALIC, true);
            b.useSVGDrawer(new BatikSVGDrawer());
            b.withHtmlContent(xhtml, "about:blank");
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private static InputStream stream(String style) {
        return new ByteArrayInputStream(FONTS.get(style));
    }

    private static byte[] font(String style) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream("liberation/LiberationSans-" + style + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("Font LiberationSans-" + style + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
