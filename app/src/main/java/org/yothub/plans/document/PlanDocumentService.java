package org.yothub.plans.document;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.yothub.plans.PlanSql;
import org.yothub.plans.plan.PlanService;
import org.yothub.plans.plan.PlanView;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * A plan's HTML, PDF and DOCX. A working plan is rendered from live data on request; publishing
 * renders it once and stores the three files (table plan_document, append-only), so a published
 * plan reads the same forever, whatever changes later.
 */
@Singleton
@TenantTransactional
public class PlanDocumentService {
    private final PlanAssembler assembler;
    private final PlanRenderer renderer;
    private final PlanService plans;
    private final PlanSql sql;

    PlanDocumentService(PlanAssembler assembler, PlanRenderer renderer, PlanService plans, PlanSql sql) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.plans = plans;
        this.sql = sql;
    }

    public record File(String name, byte[] content) { }

    public PlanView publish(UUID id, long version) {
        PlanView plan = plans.markPublished(id, version);
        String html = renderer.html(assembler.assemble(id));
        store(id, "html", html.getBytes(StandardCharsets.UTF_8));
        store(id, "pdf", PdfWriter.pdf(html));
        store(id, "docx", DocxWriter.docx(html, footer(plan)));
        return plan;
    }

    @TenantTransactional(readOnly = true)
    public String html(UUID id) {
        return stored(id, "html").map(b -> new String(b, StandardCharsets.UTF_8)).orElseGet(() -> renderer.html(assembler.assemble(id)));
    }

    @TenantTransactional(readOnly = true)
    public File pdf(UUID id) {
        PlanView plan = plans.get(id);
        return new File(fileName(plan, "pdf"), stored(id, "pdf").orElseGet(() -> PdfWriter.pdf(html(id))));
    }

    @TenantTransactional(readOnly = true)
    public File docx(UUID id) {
        PlanView plan = plans.get(id);
        return new File(fileName(plan, "docx"), stored(id, "docx").orElseGet(() -> DocxWriter.docx(html(id), footer(plan))));
    }

    private Optional<byte[]> stored(UUID id, String format) {
        return sql.one("SELECT content FROM plan_document WHERE tenant_id = :tenant AND plan_id = ? AND format = ?",
                rs -> rs.getBytes(1), id, format);
    }

    private void store(UUID id, String format, byte[] content) {
        sql.update("INSERT INTO plan_document (tenant_id, plan_id, format, content, sha256) VALUES (:tenant, ?, ?, ?, ?)",
                id, format, content, sha256(content));
    }

    static String fileName(PlanView plan, String ext) {
        return "youth-justice-plan-" + plan.planYear() + "-" + String.format("%02d", (plan.planYear() + 1) % 100)
                + (plan.revision() > 1 ? "-r" + plan.revision() : "") + (plan.status().equals("published") ? "" : "-" + plan.status())
                + "." + ext;
    }

    private static String footer(PlanView plan) {
        return plan.title();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
