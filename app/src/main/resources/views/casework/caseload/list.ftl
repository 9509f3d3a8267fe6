<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#assign cl = caseload>
<#assign team = cl.scope == "team">
<#macro due date="" overdue=false doneOn="">
<#if doneOn?has_content>Done ${f.d(doneOn)}<#elseif !date?has_content>–<#elseif overdue><strong class="govuk-tag govuk-tag--red">Overdue</strong> since ${f.d(date)}<#else>By ${f.d(date)}</#if>
</#macro>
<@layout.page title="Caseload">
<span class="govuk-caption-l"><#if team>The team's open cases<#else>My open cases</#if>, as of ${f.d(cl.asOf)}</span>
<h1 class="govuk-heading-l">Caseload</h1>
<#if manager>
<nav class="govuk-!-margin-bottom-6" aria-label="Whose cases">
  <ul class="govuk-list">
    <li><#if team><a class="govuk-link" href="/caseload?scope=mine">My cases</a><#else><strong>My cases</strong></#if></li>
    <li><#if team><strong>The team's cases</strong><#else><a class="govuk-link" href="/caseload?scope=team">The team's cases</a></#if></li>
  </ul>
</nav>
</#if>
<h2 class="govuk-heading-m">What is overdue</h2>
<dl class="govuk-summary-list" id="counts">
  <#list [["Open cases", cl.counts.cases], ["Assessments overdue", cl.counts.assessmentsOverdue], ["Plans overdue", cl.counts.plansOverdue],
          ["Reviews overdue", cl.counts.reviewsOverdue], ["Below the contact minimum this month", cl.counts.contactsBelowMinimum],
          ["Missed-appointment follow-ups overdue", cl.counts.followUpsOverdue],
          ["Past contacts with no outcome recorded", cl.counts.outcomesToRecord],
          ["Warnings or breach decisions to record", cl.counts.enforcementDue]] as row>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${row[0]}</dt><dd class="govuk-summary-list__value">${row[1]}</dd></div>
  </#list>
  <#if team><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Not allocated</dt><dd class="govuk-summary-list__value">${cl.counts.unallocated}</dd></div></#if>
</dl>
<#if team && cl.caseManagers?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Cases per case manager</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Case manager</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Open cases</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Overdue items</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list cl.caseManagers as m>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${m.name}</td><td class="govuk-table__cell govuk-table__cell--numeric">${m.cases}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${m.overdueItems}</td></tr>
  </#list>
  </tbody>
</table>
</#if>
<#if cl.cases?has_content>
<table class="govuk-table" id="cases">
  <caption class="govuk-table__caption govuk-table__caption--m">Cases</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Child</th>
    <#if team><th scope="col" class="govuk-table__header">Case manager</th></#if>
    <th scope="col" class="govuk-table__header">Order and level</th>
    <th scope="col" class="govuk-table__header">Assessment</th>
    <th scope="col" class="govuk-table__header">Plan</th>
    <th scope="col" class="govuk-table__header">Review</th>
    <th scope="col" class="govuk-table__header">Contacts this month</th>
    <th scope="col" class="govuk-table__header">Follow-ups overdue</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list cl.cases as c>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/children/${c.childId}">${c.name}</a><br><span class="govuk-body-s">${c.childRef}</span></td>
      <#if team>
      <td class="govuk-table__cell">
        <form method="post" action="/caseload/allocation">
          <input type="hidden" name="_csrf" value="${shell.csrfToken}">
          <input type="hidden" name="child_id" value="${c.childId}">
          <input type="hidden" name="version" value="${c.childVersion?c}">
          <label class="govuk-label govuk-visually-hidden" for="cm-${c.childId}">Case manager for ${c.name}</label>
          <select class="govuk-select govuk-!-width-full" id="cm-${c.childId}" name="case_manager_id">
            <option value=""<#if !c.caseManagerId??> selected</#if>>Not allocated</option>
            <#list caseHolders as s><option value="${s.id}"<#if (c.caseManagerId!"")?string == s.id?string> selected</#if>>${s.name}</option></#list>
          </select>
          <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-top-1" data-module="govuk-button">Allocate<span class="govuk-visually-hidden"> ${c.name}</span></button>
        </form>
      </td>
      </#if>
      <td class="govuk-table__cell"><#if c.orderRef??>${c.outcomeCode} from ${f.d(c.orderStart)}<#else>No open order</#if><br><span class="govuk-body-s">${c.level?cap_first}</span></td>
      <td class="govuk-table__cell"><@due date=c.assessmentDue!"" overdue=c.assessmentOverdue doneOn=c.assessedOn!""/></td>
      <td class="govuk-table__cell"><@due date=c.planDue!"" overdue=c.planOverdue doneOn=c.plannedOn!""/></td>
      <td class="govuk-table__cell"><#if c.reviewDue??><#if c.reviewOverdue><strong class="govuk-tag govuk-tag--red">Overdue</strong> since ${f.d(c.reviewDue)}<#else>By ${f.d(c.reviewDue)}</#if><#if (c.reviewDueReason!"") == "significant_change"> (significant change)</#if><#else>–</#if></td>
      <td class="govuk-table__cell">${c.contactsThisMonth} of ${c.contactsMinimum}<#if c.contactsBelowMinimum> <strong class="govuk-tag govuk-tag--orange">Below</strong></#if></td>
      <td class="govuk-table__cell"><#if (c.followUpsOverdue > 0)><strong class="govuk-tag govuk-tag--red">${c.followUpsOverdue}</strong><#else>0</#if><#if (c.outcomesToRecord > 0)><br><span class="govuk-body-s">${c.outcomesToRecord} to record</span></#if><#if (c.enforcementDue > 0)><br><strong class="govuk-tag govuk-tag--red">${c.enforcementDue} warning or breach step</strong></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No open cases<#if !team> are allocated to you</#if>.</p>
</#if>
</@layout.page>
