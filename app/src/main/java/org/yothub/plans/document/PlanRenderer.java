package org.yothub.plans.document;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Renders documents to XHTML with the tenant's template set; the PDF and DOCX are made from this HTML. */
@Singleton
public class PlanRenderer {
    private final PlanTemplates templates;

    public PlanRenderer(PlanTemplates templates) {
        this.templates = templates;
    }

    public String html(PlanDocument doc) {
        return render(doc.templateSet(), "plan.ftl", Map.of("doc", doc));
    }

    /** Renders any document template with the shared date helpers added to the model. */
    public String render(String templateSet, String template, Map<String, Object> data) {
        Map<String, Object> model = new HashMap<>(data);
        model.put("dateFormat", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        model.put("shortDate", DateTimeFormatter.ofPattern("d MMM yy", Locale.UK));
        model.put("zone", ZoneId.of("Europe/London"));
        return templates.render(templateSet, template, model);
    }

    public PlanTemplates templates() {
        return templates;
    }
}
