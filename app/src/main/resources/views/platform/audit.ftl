<#import "../_layout/page.ftl" as layout>
<@layout.page title="Audit log">
<h1 class="govuk-heading-l">Audit log</h1>
<#if verification.intact()>
<div class="govuk-panel govuk-panel--confirmation govuk-!-text-align-left"><div class="govuk-panel__body govuk-body">Hash chain intact: ${verification.rowsChecked()} entries checked.</div></div>
<#else>
<div class="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">The audit log has been tampered with</h2>
<div class="govuk-error-summary__body"><p class="govuk-body">${verification.problem()!}</p></div></div></div>
</#if>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Latest entries</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">#</th><th scope="col" class="govuk-table__header">When (UTC)</th>
    <th scope="col" class="govuk-table__header">User</th><th scope="col" class="govuk-table__header">Action</th>
    <th scope="col" class="govuk-table__header">Record</th><th scope="col" class="govuk-table__header">Outcome</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list events as e>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${e.seq()}</td><td class="govuk-table__cell">${e.occurredAt()?string}</td>
    <td class="govuk-table__cell"><code>${e.userId()!"-"}</code></td><td class="govuk-table__cell">${e.action()}</td>
    <td class="govuk-table__cell">${e.entityType()!""} <code>${e.entityId()!""}</code></td><td class="govuk-table__cell">${e.outcome()}</td></tr>
  </#list>
  </tbody>
</table>
</@layout.page>
