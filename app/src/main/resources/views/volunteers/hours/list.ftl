<#import "../../_layout/page.ftl" as layout>
<@layout.page title="Volunteer hours ${year?c}">
<a href="/volunteers" class="govuk-back-link">Back to volunteers</a>
<h1 class="govuk-heading-xl">Hours given in ${year?c}</h1>
<form method="get" action="/volunteers/hours" class="govuk-!-margin-bottom-6">
  <div class="govuk-form-group">
    <label class="govuk-label" for="year">Calendar year</label>
    <input class="govuk-input govuk-input--width-4" id="year" name="year" type="text" inputmode="numeric" value="${year?c}">
  </div>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show year</button>
</form>
<p class="govuk-body-l">Total: <strong>${totals.total}</strong> hours.</p>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-one-half">
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">By month</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Month</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours</th></tr></thead>
      <tbody class="govuk-table__body">
      <#list totals.byMonth as m><tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${m.name}</th><td class="govuk-table__cell govuk-table__cell--numeric">${m.hours}</td></tr></#list>
      </tbody>
    </table>
  </div>
  <div class="govuk-grid-column-one-half">
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--m">By role</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Role</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Volunteers</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours</th></tr></thead>
      <tbody class="govuk-table__body">
      <#list totals.byRole as r><tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${r.roleLabel}</th><td class="govuk-table__cell govuk-table__cell--numeric">${r.volunteers}</td><td class="govuk-table__cell govuk-table__cell--numeric">${r.hours}</td></tr></#list>
      </tbody>
    </table>
  </div>
</div>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">By volunteer</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Volunteer</th><th scope="col" class="govuk-table__header">Reference</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list totals.byVolunteer as v><tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/volunteers/${v.volunteerId}">${v.name}</a></td><td class="govuk-table__cell">${v.volunteerRef}</td><td class="govuk-table__cell govuk-table__cell--numeric">${v.hours}</td></tr></#list>
  </tbody>
</table>
</@layout.page>
