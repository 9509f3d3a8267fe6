<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#import "../_risk.ftl" as r>
<@layout.page title="Risk register">
<a href="/risks" class="govuk-back-link">Risks</a>
<h1 class="govuk-heading-xl">Risk register</h1>
<form method="get" action="/risks/register">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-one-quarter"><div class="govuk-form-group">
      <label class="govuk-label" for="status">Status</label>
      <select class="govuk-select" id="status" name="status"><option value="">Any</option>
        <#list [["open","Open"],["escalated","Escalated to board"],["closed","Closed"]] as o><option value="${o[0]}"<#if filter.status == o[0]> selected</#if>>${o[1]}</option></#list>
      </select></div></div>
    <div class="govuk-grid-column-one-quarter"><div class="govuk-form-group">
      <label class="govuk-label" for="band">Band</label>
      <select class="govuk-select" id="band" name="band"><option value="">Any</option>
        <#list ["high","medium","low"] as b><option value="${b}"<#if filter.band == b> selected</#if>>${b?cap_first}</option></#list>
      </select></div></div>
    <div class="govuk-grid-column-one-quarter"><div class="govuk-form-group">
      <label class="govuk-label" for="objective_id">Objective</label>
      <select class="govuk-select" id="objective_id" name="objective_id"><option value="">Any</option>
        <#list objectives as o><option value="${o.id}"<#if filter.objective_id == o.id?string> selected</#if>>${o.title}</option></#list>
      </select></div></div>
    <div class="govuk-grid-column-one-quarter"><div class="govuk-form-group">
      <label class="govuk-label" for="convention">Show ratings as</label>
      <select class="govuk-select" id="convention" name="convention">
        <#list [["score","Likelihood × impact (5 worst)"],["leicestershire","Impact 1 = high to 5 = low"],["southampton","High, Medium or Low"]] as o><option value="${o[0]}"<#if filter.convention == o[0]> selected</#if>>${o[1]}</option></#list>
      </select></div></div>
  </div>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button>
</form>
<p class="govuk-body">Download: <a class="govuk-link" href="/risks/register.csv" download>CSV</a> · <a class="govuk-link" href="/risks/register.xlsx" download>Excel</a></p>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">${risks?size} risks, highest score first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Ref</th>
    <th scope="col" class="govuk-table__header">Risk</th>
    <th scope="col" class="govuk-table__header">Service objective</th>
    <th scope="col" class="govuk-table__header">Rating</th>
    <th scope="col" class="govuk-table__header">Controls and actions</th>
    <th scope="col" class="govuk-table__header">Owner</th>
    <th scope="col" class="govuk-table__header">Review</th>
    <th scope="col" class="govuk-table__header">Status</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list risks as risk>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${risk.riskRef}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="/risks/${risk.id}">${risk.title}</a></td>
      <td class="govuk-table__cell">${risk.objective!}</td>
      <td class="govuk-table__cell">
        <#if filter.convention == "leicestershire">Impact ${risk.leicestershireImpact}
        <#elseif filter.convention == "southampton">${risk.southamptonRating}
        <#else>${risk.likelihood} × ${risk.impact} = ${risk.score}</#if>
        <@r.bandTag band=risk.band/>
      </td>
      <td class="govuk-table__cell"><ul class="govuk-list govuk-body-s"><#list risk.actions as a><li>${a.description}<#if a.overdue> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if></li></#list></ul></td>
      <td class="govuk-table__cell">${risk.owner()!}</td>
      <td class="govuk-table__cell">${f.date(risk.reviewOn!"")}<#if risk.reviewOverdue> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if></td>
      <td class="govuk-table__cell"><@r.statusTag status=risk.status/></td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.page>
