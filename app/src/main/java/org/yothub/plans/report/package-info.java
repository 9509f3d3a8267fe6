/** The quarterly board performance report (one YOT) and the oversight report across YOTs (benchmark releases only). */
package org.yothub.plans.report;
