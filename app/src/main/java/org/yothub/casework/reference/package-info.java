/**
 * Reference data of casework: the versioned outcome taxonomy ({@code outcome_code}, shared by all
 * tenants, read-only at run time). {@link org.yothub.casework.reference.OutcomeCodes} is the
 * public entry point for other features; {@code GET /api/v1/reference/outcome-codes} lists it.
 */
package org.yothub.casework.reference;
