<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<@layout.page title="Volunteer roles">
<a href="/volunteers" class="govuk-back-link">Back to volunteers</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">Volunteer roles</h1>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Roles your volunteers can hold</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Role</th>
    <th scope="col" class="govuk-table__header">Code</th>
    <th scope="col" class="govuk-table__header">Sits on panels</th>
    <th scope="col" class="govuk-table__header">May chair</th>
    <th scope="col" class="govuk-table__header">In use</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list roles as r>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${r.label}</td>
      <td class="govuk-table__cell"><code>${r.code}</code></td>
      <td class="govuk-table__cell">${r.panelRole?then("Yes", "No")}</td>
      <td class="govuk-table__cell">${r.chairRole?then("Yes", "No")}</td>
      <td class="govuk-table__cell">${r.active?then("Yes", "Retired")}</td>
    </tr>
  </#list>
  </tbody>
</table>
<#if shell.hasRole("volunteer_coordinator")>
<h2 class="govuk-heading-m">Add a role</h2>
<form method="post" action="/volunteers/roles" novalidate>
  <@f.csrf/>
  <@f.text name="label" label="Name of the role" fields=fields errors=errors/>
  <@f.text name="code" label="Code" hint="Lower-case letters, digits and _; it cannot be changed later" fields=fields errors=errors width="govuk-!-width-one-half"/>
  <div class="govuk-form-group">
    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
      <@f.checkbox name="panel_role" label="Sits on referral order panels" fields=fields/>
      <@f.checkbox name="chair_role" label="May chair a panel" fields=fields/>
    </div>
  </div>
  <button type="submit" class="govuk-button" data-module="govuk-button">Add role</button>
</form>
</#if>
</@layout.page>
