<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title="Plan batches">
<h1 class="govuk-heading-l">Plan batches</h1>
<p class="govuk-body">A batch renders every YOT's Youth Justice Plan for a year to PDF (a new draft from live data where a YOT has no plan for the year) on ${threads} worker threads. Each YOT's staff can then download the PDF from their plan.</p>
<@layout.errorSummary errors/>
<form method="post" action="/admin/plan-batches" novalidate>
  <@f.csrf/>
  <@f.input name="plan_year" label="Plan year" hint="The year the plan starts, for example 2026 for 2026/27" value=(fields.plan_year!"") width="4" errors=errors/>
  <@f.input name="tenants" label="Only these YOTs (optional)" hint="Tenant codes separated by commas; leave blank for every YOT" value=(fields.tenants!"") errors=errors/>
  <#if errors.form??><p class="govuk-error-message" id="form">${errors.form}</p></#if>
  <@f.button "Start batch"/>
</form>
<h2 class="govuk-heading-m">Recent batches</h2>
<#if batches?has_content>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Started</th><th scope="col" class="govuk-table__header">Plan year</th><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Done</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Failed</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">YOTs</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Seconds</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list batches as b>
    <tr class="govuk-table__row"><td class="govuk-table__cell"><a class="govuk-link" href="/admin/plan-batches/${b.id()}">${b.startedAt()}</a></td><td class="govuk-table__cell">${b.planYear()?c}</td><td class="govuk-table__cell">${b.status()?cap_first}</td><td class="govuk-table__cell govuk-table__cell--numeric">${b.done()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${b.failed()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${b.totalTenants()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${b.elapsedSeconds()?string["0.0"]}</td></tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No batches yet.</p>
</#if>
</@layout.page>
