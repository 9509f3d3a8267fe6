<#import "../_forms.ftl" as pf>
<#import "../plan/_labels.ftl" as pl>
<h2 class="govuk-heading-m">Plans</h2>
<#if pf.canEdit(shell)><a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/children/${child.id}/plans/new">Start an intervention plan</a></#if>
<#assign planList = sections["plans"]![]>
<#if planList?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Intervention plans, newest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Objectives</th>
    <th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Next review</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list planList as p>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/children/${child.id}/plans/${p.id}">${pf.d(p.planDate)}</a> (v${p.versionNo})</td>
      <td class="govuk-table__cell">${p.objectives}</td>
      <td class="govuk-table__cell"><strong class="govuk-tag ${pl.statusTag(p.status)}">${pl.status(p.status)}</strong></td>
      <td class="govuk-table__cell"><#if p.nextReviewDue??>${pf.d(p.nextReviewDue)}<#if (p.reviewDueReason!"") == "significant_change"> (significant change)</#if><#if p.reviewOverdue> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if><#else>After sign-off</#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No plans yet.</p>
</#if>
