<#import "../_forms.ftl" as af>
<#import "../assessment/_labels.ftl" as al>
<h2 class="govuk-heading-m">Assessments</h2>
<#if af.canEdit(shell)><a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/children/${child.id}/assessments/new">Start an assessment</a></#if>
<#assign assessmentList = sections["assessments"]![]>
<#if assessmentList?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Assessments, newest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Tool</th>
    <th scope="col" class="govuk-table__header">ROSH</th><th scope="col" class="govuk-table__header">Level</th>
    <th scope="col" class="govuk-table__header">Status</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list assessmentList as a>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/children/${child.id}/assessments/${a.id}">${af.d(a.assessmentDate)}</a></td>
      <td class="govuk-table__cell">${al.tool(a.tool)} (v${a.versionNo})</td>
      <td class="govuk-table__cell">${al.rating(a.riskOfSeriousHarm!"")}</td>
      <td class="govuk-table__cell">${(a.level!"–")?cap_first}</td>
      <td class="govuk-table__cell"><strong class="govuk-tag ${al.statusTag(a.status)}">${al.status(a.status)}</strong></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No assessments yet.</p>
</#if>
