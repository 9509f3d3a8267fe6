<#import "../_layout/page.ftl" as layout>
<@layout.page title="Volunteer summary ${year?c}">
<a href="/volunteers" class="govuk-back-link">Back to volunteers</a>
<h1 class="govuk-heading-xl">Volunteers in ${year?c}</h1>
<form method="get" action="/volunteers/summary" class="govuk-!-margin-bottom-6">
  <div class="govuk-form-group">
    <label class="govuk-label" for="year">Calendar year</label>
    <input class="govuk-input govuk-input--width-4" id="year" name="year" type="text" inputmode="numeric" value="${year?c}">
  </div>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show year</button>
</form>
<p class="govuk-body">As the Youth Justice Plan reports it. Shares that would describe fewer than 8 people show as [c].</p>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Active volunteers</dt><dd class="govuk-summary-list__value">${summary.activeVolunteers}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Black and minority ethnic</dt><dd class="govuk-summary-list__value">${summary.blackAndMinorityEthnic.display}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Female</dt><dd class="govuk-summary-list__value">${summary.female.display}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Male</dt><dd class="govuk-summary-list__value">${summary.male.display}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Hours given</dt><dd class="govuk-summary-list__value">${summary.hours}</dd></div>
</dl>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">By role</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Role</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Volunteers</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list summary.byRole as r>
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">${r.roleLabel}</th>
      <td class="govuk-table__cell govuk-table__cell--numeric">${r.volunteers}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${r.hours}</td>
    </tr>
  </#list>
  </tbody>
</table>
</@layout.page>
