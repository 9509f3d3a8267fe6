<#import "../../_layout/page.ftl" as layout>
<@layout.page title="Board performance report">
<a href="/plans" class="govuk-back-link">Plans</a>
<span class="govuk-caption-l">${shell.tenantName}</span>
<h1 class="govuk-heading-l">Board performance report</h1>
<p class="govuk-body">Each quarter's measures and KPIs with RAG and trend, the live reoffending tracker, caseload, risks escalated to the board and delivery plan actions due.</p>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Quarters</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Quarter</th><th scope="col" class="govuk-table__header">Report</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list quarters?reverse as q>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${q}</td><td class="govuk-table__cell"><a class="govuk-link" href="/plans/board-reports/${q}">View<span class="govuk-visually-hidden"> ${q}</span></a> · <a class="govuk-link" href="/plans/board-reports/${q}/report.pdf">PDF<span class="govuk-visually-hidden"> ${q}</span></a></td></tr>
  </#list>
  </tbody>
</table>
</@layout.page>
