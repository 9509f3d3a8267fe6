<#import "../../_layout/page.ftl" as layout>
<@layout.page title="Plan batch ${batch.planYear()?c}" refresh=refresh>
<a href="/admin/plan-batches" class="govuk-back-link">Plan batches</a>
<span class="govuk-caption-l">Plans for ${batch.planYear()?c}/${((batch.planYear() + 1) % 100)?string["00"]}</span>
<h1 class="govuk-heading-l">Plan batch: ${batch.status()}</h1>
<#if batch.running()><p class="govuk-body" role="status">${batch.done() + batch.failed()} of ${batch.totalTenants()} YOTs finished (${batch.percent()}%). This page refreshes every ${refresh} seconds.</p></#if>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">YOTs</dt><dd class="govuk-summary-list__value">${batch.totalTenants()}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rendered</dt><dd class="govuk-summary-list__value" id="done">${batch.done()}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Failed</dt><dd class="govuk-summary-list__value" id="failed">${batch.failed()}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Started</dt><dd class="govuk-summary-list__value">${batch.startedAt()} by ${batch.requestedBy()!"scheduler"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Finished</dt><dd class="govuk-summary-list__value"><#if batch.finishedAt()??>${batch.finishedAt()}<#else>not yet</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Elapsed</dt><dd class="govuk-summary-list__value">${batch.elapsedSeconds()?string["0.0"]} seconds on ${batch.threads()} threads</dd></div>
  <#if batch.failure()??><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Stopped because</dt><dd class="govuk-summary-list__value">${batch.failure()}</dd></div></#if>
</dl>
<#if batch.failures()?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">YOTs that failed</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">YOT</th><th scope="col" class="govuk-table__header">Reason</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list batch.failures() as f>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${f.tenantCode()}</td><td class="govuk-table__cell">${f.message()!""}</td></tr>
  </#list>
  </tbody>
</table>
</#if>
</@layout.page>
