/**
 * Benchmarking: the only cross-tenant feature. A release job computes a fixed catalogue of
 * aggregate cells (measure × breakdown × geography × period) from each tenant's records, each
 * tenant read inside its own row-level-security scope, applies the disclosure-control policy
 * BENCH-SDC v1 in one place ({@link org.yothub.benchmarking.DisclosureControl}), and stores an
 * immutable, versioned release (tables benchmark_release, benchmark_cell, benchmark_pseudonym; not
 * tenant-owned). Peer reviewers, oversight and tenant staff read releases only, never casework.
 */
package org.yothub.benchmarking;
