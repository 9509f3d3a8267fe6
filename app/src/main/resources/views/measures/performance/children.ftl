<#import "../../_layout/page.ftl" as layout>
<@layout.page title="Children behind a measure">
<a href="/performance" class="govuk-back-link">Back to performance</a>
<h1 class="govuk-heading-l">${measure?replace("-", " ")?cap_first}, ${period.id()}</h1>
<p class="govuk-body">${children?size} children. This list is confidential to your YOT and your viewing of it is recorded.</p>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Reference</th><th scope="col" class="govuk-table__header">Name</th>
    <th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Detail</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list children as c><tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/children/${c.id()}">${c.childRef()}</a></td>
    <td class="govuk-table__cell">${c.name()}</td><td class="govuk-table__cell">${c.date()}</td><td class="govuk-table__cell">${c.detail()}</td></tr></#list>
  </tbody>
</table>
</@layout.page>
