<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<@layout.page title="All volunteers">
<a href="/volunteers" class="govuk-back-link">Back to volunteers</a>
<h1 class="govuk-heading-xl">All volunteers</h1>
<#if shell.hasRole("volunteer_coordinator")><a href="/volunteers/new" role="button" class="govuk-button" data-module="govuk-button">Register a volunteer</a></#if>
<form method="get" action="/volunteers/all" class="yh-filter">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-one-third">
      <div class="govuk-form-group">
        <label class="govuk-label" for="q">Name or reference</label>
        <input class="govuk-input" id="q" name="q" type="search" value="${filter.q}">
      </div>
    </div>
    <div class="govuk-grid-column-one-third">
      <div class="govuk-form-group">
        <label class="govuk-label" for="status">Status</label>
        <select class="govuk-select" id="status" name="status">
          <option value="">Any</option>
          <#list ["applicant", "active", "paused", "left"] as s><option value="${s}"<#if filter.status == s> selected</#if>>${s?cap_first}</option></#list>
        </select>
      </div>
    </div>
    <div class="govuk-grid-column-one-third">
      <div class="govuk-form-group">
        <label class="govuk-label" for="role">Current role</label>
        <select class="govuk-select" id="role" name="role">
          <option value="">Any</option>
          <#list roles as r><option value="${r.code}"<#if filter.role == r.code> selected</#if>>${r.label}</option></#list>
        </select>
      </div>
    </div>
  </div>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Filter</button>
</form>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">${volunteers?size} volunteers</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Name</th>
    <th scope="col" class="govuk-table__header">Reference</th>
    <th scope="col" class="govuk-table__header">Status</th>
    <th scope="col" class="govuk-table__header">Roles</th>
    <th scope="col" class="govuk-table__header">DBS expires</th>
    <th scope="col" class="govuk-table__header">Available</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list volunteers as v>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/volunteers/${v.id}">${v.name}</a></td>
      <td class="govuk-table__cell">${v.volunteerRef}</td>
      <td class="govuk-table__cell">${v.status?cap_first}</td>
      <td class="govuk-table__cell">${v.roleLabels?join(", ")}</td>
      <td class="govuk-table__cell">${f.date(v.dbsExpiresOn!"")}</td>
      <td class="govuk-table__cell"><#assign slots = []><#if v.availableWeekdays><#assign slots = slots + ["weekdays"]></#if><#if v.availableEvenings><#assign slots = slots + ["evenings"]></#if><#if v.availableWeekends><#assign slots = slots + ["weekends"]></#if>${slots?join(", ")}</td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.page>
