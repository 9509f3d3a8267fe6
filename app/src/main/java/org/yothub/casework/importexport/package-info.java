/**
 * Case-level data in and out: the CSV import of children, offences and outcomes, interventions,
 * remands and victims (docs/import-format.md; rows matched on their tenant-unique {@code *_ref},
 * validated completely before anything is written, then written in one transaction with bulk
 * SQL), the export of the same files, and a child's whole record as JSON for a subject access
 * request. {@link org.yothub.casework.importexport.CaseLevelWriter} is the bulk writer that the
 * demo caseload uses too.
 *
 * <p>Writes the casework tables of the current tenant only. Performance officers, team and YOT
 * managers import and export; team and YOT managers produce subject access exports.
 */
package org.yothub.casework.importexport;
