<#import "../_layout/page.ftl" as layout>
<#import "../_layout/fields.ftl" as f>
<@layout.page title="Volunteers">
<h1 class="govuk-heading-xl">Volunteers</h1>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-one-third">
    <p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${dashboard.active}</span> active volunteers</p>
  </div>
  <div class="govuk-grid-column-one-third">
    <p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${dashboard.applicants}</span> applicants in training</p>
  </div>
  <div class="govuk-grid-column-one-third">
    <p class="govuk-body"><span class="govuk-heading-xl govuk-!-margin-bottom-0">${dashboard.hoursThisYear}</span> hours given this year</p>
  </div>
</div>
<ul class="govuk-list">
  <li><a class="govuk-link" href="/volunteers/all">All volunteers</a></li>
  <#if shell.hasRole("volunteer_coordinator")><li><a class="govuk-link" href="/volunteers/new">Register a volunteer</a></li></#if>
  <li><a class="govuk-link" href="/volunteers/panels">Referral order panel rota</a></li>
  <li><a class="govuk-link" href="/volunteers/hours">Hours given</a></li>
  <li><a class="govuk-link" href="/volunteers/summary">Summary for the Youth Justice Plan</a></li>
  <li><a class="govuk-link" href="/volunteers/roles">Volunteer roles</a></li>
</ul>

<h2 class="govuk-heading-l" id="checks">DBS checks expired or expiring within ${warningDays} days</h2>
<#if dashboard.expiringChecks?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Active volunteers whose DBS check needs renewing</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Volunteer</th>
    <th scope="col" class="govuk-table__header">Reference</th>
    <th scope="col" class="govuk-table__header">Check expires</th>
    <th scope="col" class="govuk-table__header">Status</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list dashboard.expiringChecks as c>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/volunteers/${c.volunteerId}">${c.name}</a></td>
      <td class="govuk-table__cell">${c.volunteerRef}</td>
      <td class="govuk-table__cell">${f.date(c.expiresOn)}</td>
      <td class="govuk-table__cell"><#if c.expired><strong class="govuk-tag govuk-tag--red">Expired</strong><#else><strong class="govuk-tag govuk-tag--yellow">Expiring soon</strong></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No DBS checks expire in the next ${warningDays} days.</p>
</#if>

<h2 class="govuk-heading-l">Panels in the next 14 days</h2>
<#if dashboard.upcomingPanels?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Referral order panels in the next 14 days</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Date</th>
    <th scope="col" class="govuk-table__header">Time</th>
    <th scope="col" class="govuk-table__header">Where</th>
    <th scope="col" class="govuk-table__header">Panel members</th>
    <th scope="col" class="govuk-table__header">YOT officer</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list dashboard.upcomingPanels as p>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/volunteers/panels/${p.id}">${f.date(p.sitsOn)}</a></td>
      <td class="govuk-table__cell">${p.startsAt} to ${p.endsAt}</td>
      <td class="govuk-table__cell"><#if p.virtual>Virtual<#else>${p.venue!}</#if></td>
      <td class="govuk-table__cell"><#list p.members as m>${m.name!"Unknown"}<#if m.chair> (chair)</#if><#sep>, </#list></td>
      <td class="govuk-table__cell">${p.yotOfficerName!}</td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No panels are booked in the next 14 days.</p>
</#if>
</@layout.page>
