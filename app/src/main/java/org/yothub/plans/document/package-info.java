/**
 * Turning a plan into documents: assembly of its figures, tenant-overridable FreeMarker templates,
 * XHTML preview, tagged PDF (openhtmltopdf) and DOCX (POI); published documents are frozen in
 * table plan_document.
 */
package org.yothub.plans.document;
