<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#macro rota panels caption>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">${caption}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Date</th><th scope="col" class="govuk-table__header">Time</th>
    <th scope="col" class="govuk-table__header">Where</th><th scope="col" class="govuk-table__header">Panel members</th>
    <th scope="col" class="govuk-table__header">YOT officer</th><th scope="col" class="govuk-table__header">Status</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list panels as p>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/volunteers/panels/${p.id}">${f.date(p.sitsOn)}</a></td>
      <td class="govuk-table__cell">${p.startsAt} to ${p.endsAt}</td>
      <td class="govuk-table__cell"><#if p.virtual>Virtual<#else>${p.venue!}</#if></td>
      <td class="govuk-table__cell"><#list p.members as m>${m.name!"Unknown"}<#if m.chair> (chair)</#if><#sep>, </#list></td>
      <td class="govuk-table__cell">${p.yotOfficerName!}</td>
      <td class="govuk-table__cell">${f.label(p.status)}<#if p.outcome??>: ${f.label(p.outcome)}</#if></td>
    </tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="6">None.</td></tr>
  </#list>
  </tbody>
</table>
</#macro>
<@layout.page title="Referral order panel rota">
<a href="/volunteers" class="govuk-back-link">Back to volunteers</a>
<h1 class="govuk-heading-xl">Referral order panel rota</h1>
<p class="govuk-body">A youth offender panel has two community panel members (one may chair) and a YOT officer.</p>
<#if shell.hasRole("volunteer_coordinator")><a href="/volunteers/panels/new" role="button" class="govuk-button" data-module="govuk-button">Book a panel</a></#if>
<@rota panels=upcoming caption="Coming up (next 12 weeks)"/>
<@rota panels=recent caption="Last 4 weeks"/>
</@layout.page>
