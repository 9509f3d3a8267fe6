<#import "../_layout/page.ftl" as layout>
<#import "../_layout/fields.ftl" as f>
<#import "_risk.ftl" as r>
<@layout.page title="Risks">
<h1 class="govuk-heading-xl">Service risk register</h1>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${summary.high}</span> high</p></div>
  <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${summary.medium}</span> medium</p></div>
  <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${summary.low}</span> low</p></div>
  <div class="govuk-grid-column-one-quarter"><p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${summary.escalated}</span> escalated to the board</p></div>
</div>
<ul class="govuk-list">
  <li><a class="govuk-link" href="/risks/register">The register</a></li>
  <li><a class="govuk-link" href="/risks/board">Risks escalated to the board</a></li>
  <#if shell.hasRole("yot_manager") || shell.hasRole("team_manager")>
  <li><a class="govuk-link" href="/risks/new">Add a risk</a></li>
  <li><a class="govuk-link" href="/risks/import">Import a register</a></li>
  </#if>
  <li><a class="govuk-link" href="/risks/objectives">Service objectives</a></li>
  <li>Download the register as <a class="govuk-link" href="/risks/register.csv" download>CSV</a> or <a class="govuk-link" href="/risks/register.xlsx" download>Excel</a>; the heat map as <a class="govuk-link" href="/risks/heat-map.csv" download>CSV</a> or <a class="govuk-link" href="/risks/heat-map.xlsx" download>Excel</a></li>
</ul>

<@r.heatMap map=summary.heatMap/>

<h2 class="govuk-heading-l" id="overdue-reviews">Reviews overdue</h2>
<#if summary.overdueReviews?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Risks whose review date has passed</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Risk</th><th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Review was due</th><th scope="col" class="govuk-table__header">Band</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list summary.overdueReviews as risk>
    <tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/risks/${risk.id}">${risk.riskRef} ${risk.title}</a></td><td class="govuk-table__cell">${risk.owner()!}</td><td class="govuk-table__cell">${f.date(risk.reviewOn)}</td><td class="govuk-table__cell"><@r.bandTag band=risk.band/></td></tr>
  </#list>
  </tbody>
</table>
<#else><p class="govuk-body">No reviews are overdue.</p></#if>

<h2 class="govuk-heading-l" id="overdue-actions">Actions overdue</h2>
<#if summary.overdueActions?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Actions past their due date and not done</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Action</th><th scope="col" class="govuk-table__header">Risk</th><th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Due</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list summary.overdueActions as o>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${o.action.description}</td><td class="govuk-table__cell"><a class="govuk-link" href="/risks/${o.riskId}">${o.riskRef}</a></td><td class="govuk-table__cell">${o.action.owner!"–"}</td><td class="govuk-table__cell">${f.date(o.action.dueOn)}</td></tr>
  </#list>
  </tbody>
</table>
<#else><p class="govuk-body">No actions are overdue.</p></#if>
</@layout.page>
