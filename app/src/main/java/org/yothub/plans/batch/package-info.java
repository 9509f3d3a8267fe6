/**
 * Plan batches: a platform job that renders every YOT's Youth Justice Plan for a year to PDF.
 * A platform administrator starts it ({@code POST /api/v1/admin/plan-batches}, or the page
 * {@code /admin/plan-batches}) and follows its progress. Each YOT runs in its own tenant
 * transaction on a small pool of worker threads ({@code app.plans.batch.threads}, default 2), so
 * one YOT's failure never stops the others. Owns the platform (not tenant-owned) tables
 * plan_batch and plan_batch_tenant (status, counts, timings, tenant codes and failure messages;
 * no child data). The PDFs themselves go to the tenant-owned plan_rendition table through
 * {@code PlanRenditionService} of the document package, where the YOT's staff download them.
 */
package org.yothub.plans.batch;
