<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title="Plans">
<span class="govuk-caption-l">${shell.tenantName}</span>
<h1 class="govuk-heading-l">Youth Justice Plans</h1>
<@layout.errorSummary errors/>
<div class="govuk-notification-banner<#if deadline.overdue> govuk-notification-banner--error</#if>" role="region" aria-labelledby="deadline-title" data-module="govuk-notification-banner">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="deadline-title">Deadline</h2></div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-notification-banner__heading" id="deadline">${deadline.message}</p>
  </div>
</div>
<#if plans?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Plans</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Plan</th><th scope="col" class="govuk-table__header">Year</th><th scope="col" class="govuk-table__header">Revision</th><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Downloads</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list plans as p>
    <tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/plans/${p.id()}">${p.title()}</a></td><td class="govuk-table__cell">${p.yearLabel()}</td><td class="govuk-table__cell">${p.revision()}</td><td class="govuk-table__cell"><@f.tag p.status()/></td>
      <td class="govuk-table__cell"><a class="govuk-link" href="/plans/${p.id()}/plan.pdf">PDF</a> · <a class="govuk-link" href="/plans/${p.id()}/plan.docx">Word</a></td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No plans yet.</p>
</#if>
<#if canEdit>
<h2 class="govuk-heading-m">Start a plan</h2>
<form method="post" action="/plans" novalidate>
  <@f.csrf/>
  <@f.input name="plan_year" label="Financial year the plan is for (the year it starts)" value=form.plan_year!"" width="4" hint="For example ${deadline.year?c} for ${deadline.year?c}/${((deadline.year + 1) % 100)?string['00']}" errors=errors/>
  <@f.select name="structure" label="Structure" options={"yjb2024": "YJB guidance 2024", "yjb2021": "YJB guidance 2021"} value=form.structure!"yjb2024" errors=errors/>
  <@f.button "Start plan"/>
</form>
</#if>
<h2 class="govuk-heading-m">Plan data</h2>
<ul class="govuk-list">
  <li><a class="govuk-link" href="/plans/board-members">Management board members</a></li>
  <li><a class="govuk-link" href="/plans/budget">Budget: partner contributions and expenditure</a></li>
  <li><a class="govuk-link" href="/plans/board-reports">Quarterly board performance report</a></li>
</ul>
</@layout.page>
