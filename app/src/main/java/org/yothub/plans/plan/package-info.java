/**
 * Youth Justice Plans (tables plan, plan_narrative, plan_priority, plan_action, plan_action_risk):
 * creation with carry-forward, Markdown narratives with revisions, the delivery plan and the
 * draft → submitted → approved → published workflow; API and pages.
 */
package org.yothub.plans.plan;
