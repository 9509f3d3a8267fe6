/** The pooled budget per financial year (table budget_line): contributions by agency and type, expenditure, change. */
package org.yothub.plans.budget;
