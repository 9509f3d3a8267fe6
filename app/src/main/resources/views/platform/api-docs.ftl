<#import "../_layout/page.ftl" as layout>
<@layout.page title="API reference">
<h1 class="govuk-heading-l">${title} API reference <span class="govuk-caption-m">${version}</span></h1>
<p class="govuk-body">Machine-readable document: <a class="govuk-link" href="/openapi.yml">/openapi.yml</a>. Sign in with <code>POST /api/v1/auth/login</code> and send <code>Authorization: Bearer &lt;token&gt;</code>.</p>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Operations</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Area</th><th scope="col" class="govuk-table__header">Method</th>
    <th scope="col" class="govuk-table__header">Path</th><th scope="col" class="govuk-table__header">Summary</th>
    <th scope="col" class="govuk-table__header">Parameters</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list operations as op>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${op.tag}</td><td class="govuk-table__cell"><strong class="govuk-tag">${op.method}</strong></td>
    <td class="govuk-table__cell"><code>${op.path}</code></td><td class="govuk-table__cell">${op.summary}</td><td class="govuk-table__cell">${op.parameters}</td></tr>
  </#list>
  </tbody>
</table>
</@layout.page>
