/**
 * Turning a plan into documents: assembly of its figures, tenant-overridable FreeMarker templates,
 * XHTML preview, tagged PDF (openhtmltopdf) and DOCX (POI); published documents are frozen in
 * table plan_document. PDFs rendered by the plan batch (plans.batch) are kept in table
 * plan_rendition, and the YOT's staff download the latest one from the plan.
 */
package org.yothub.plans.document;
