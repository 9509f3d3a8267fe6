/**
 * Casework: the children a YOT works with and everything recorded about them: demographics and
 * flags, parents/carers and professionals ({@code child}), offences, hearings and outcomes
 * ({@code offence}), orders, YRO requirements and remand ({@code courtorder}), victims and
 * restorative justice ({@code victim}), circumstances over time ({@code status}), case-level
 * import/export and subject access exports ({@code importexport}), the outcome taxonomy
 * ({@code reference}) and the demo caseload ({@code demo}).
 *
 * <p>Every table is tenant-owned (RLS) except {@code outcome_code}, shared reference data. Staff of
 * the YOT reach it through {@code /children} and {@code /api/v1/...}; the measures engine reads the
 * tables directly. Every view and change of a child's record is audited.
 */
package org.yothub.casework;
