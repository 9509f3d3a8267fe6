<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title="Management board">
<a href="/plans" class="govuk-back-link">Plans</a>
<span class="govuk-caption-l">${shell.tenantName}</span>
<h1 class="govuk-heading-l">Management board</h1>
<@layout.errorSummary errors/>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Members</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Role</th><th scope="col" class="govuk-table__header">Agency</th><th scope="col" class="govuk-table__header">Partner</th><th scope="col" class="govuk-table__header">Champion for</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th></tr></thead>
  <tbody class="govuk-table__body">
  <#list members as b>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${b.name()}<#if b.chair()> <strong class="govuk-tag">Chair</strong></#if></td><td class="govuk-table__cell">${b.roleTitle()}</td><td class="govuk-table__cell">${b.agency()}</td><td class="govuk-table__cell">${b.partnerLabel()}<#if b.statutory()> (statutory)</#if></td><td class="govuk-table__cell">${b.champion()!"–"}</td>
      <td class="govuk-table__cell"><#if canEdit><a class="govuk-link" href="/plans/board-members/${b.id()}">Change<span class="govuk-visually-hidden"> ${b.name()}</span></a></#if></td></tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="6">No members recorded.</td></tr>
  </#list>
  </tbody>
</table>
<#if canEdit>
<h2 class="govuk-heading-m">Add a member</h2>
<form method="post" action="/plans/board-members" novalidate>
  <@f.csrf/>
  <#include "_fields_member.ftl">
  <@f.button "Add member"/>
</form>
</#if>
</@layout.page>
