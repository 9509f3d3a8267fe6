package org.yothub.plans.plan;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a narrative written in the browser (Markdown) into HTML that is safe to place in the
 * plan, its PDF and its DOCX. Raw HTML in the Markdown is escaped by the renderer, and the result
 * is sanitised with an allow-list: paragraphs, emphasis, lists, quotes, sub-headings (h3/h4, so a
 * narrative never breaks the document outline) and http(s)/mailto links. No script, style, event
 * handler or image can get through. Output is well-formed XHTML (void elements self-closed).
 */
public final class NarrativeText {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "h3", "h4", "code")
            .allowElements((name, attrs) -> "h3", "h1", "h2")
            .allowElements((name, attrs) -> "h4", "h5", "h6")
            .allowElements((name, attrs) -> "p", "pre")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "http", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private NarrativeText() {
    }

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(rendered).replace("<br>", "<br />");
    }

    /** Plain paragraphs of a narrative, for places that cannot take markup. */
    public static List<String> paragraphs(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        return List.of(markdown.trim().split("\\n\\s*\\n"));
    }
}
