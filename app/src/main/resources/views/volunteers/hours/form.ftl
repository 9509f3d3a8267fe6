<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<@layout.page title="Log hours for ${volunteer.name()}">
<a href="/volunteers/${volunteer.id}" class="govuk-back-link">Back to ${volunteer.name()}</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">Log hours for ${volunteer.name()}</h1>
<form method="post" action="/volunteers/${volunteer.id}/hours" novalidate>
  <@f.csrf/>
  <@f.text name="worked_on" label="Date" type="date" fields=fields errors=errors width="govuk-input--width-10"/>
  <@f.text name="hours" label="Hours" hint="For example 2.5" inputmode="decimal" fields=fields errors=errors width="govuk-input--width-4"/>
  <@f.select name="activity" label="Activity" blank="Choose an activity" options=[["panel","Referral order panel"],["mentoring","Mentoring"],["appropriate_adult","Appropriate adult"],["reparation","Reparation supervision"],["appointment_support","Transport and support to appointments"],["training","Training"],["other","Other"]] fields=fields errors=errors/>
  <@f.select name="role_code" label="In the role of" blank="Choose a role" options=volunteer.roles?filter(a -> a.current())?map(a -> [a.roleCode, a.roleLabel]) fields=fields errors=errors/>
  <@f.textarea name="notes" label="Notes (optional)" fields=fields errors=errors/>
  <button type="submit" class="govuk-button" data-module="govuk-button">Log hours</button>
</form>
<h2 class="govuk-heading-m">This year</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Hours logged this year</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Activity</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Hours</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list recent as h><tr class="govuk-table__row"><td class="govuk-table__cell">${f.date(h.workedOn)}</td><td class="govuk-table__cell">${f.label(h.activity)}</td><td class="govuk-table__cell govuk-table__cell--numeric">${h.hours}</td></tr>
  <#else><tr class="govuk-table__row"><td class="govuk-table__cell" colspan="3">None yet.</td></tr></#list>
  </tbody>
</table>
</@layout.page>
