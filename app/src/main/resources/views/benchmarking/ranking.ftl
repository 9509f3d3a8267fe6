<#import "../_layout/page.ftl" as layout>
<@layout.page title="Benchmarking">
<h1 class="govuk-heading-l">Benchmarking</h1>
<#if !release??>
<p class="govuk-body">No benchmark release has been produced yet.</p>
<#else>
<p class="govuk-body">Release ${release.version()} (policy ${release.policy()}), ${release.tenants()} YOTs, quarters to ${release.lastQuarter()}.
<#if !oversight!false>Other YOTs are shown by pseudonyms that change with every release; their populations and denominators are never shown.</#if>
Counts of 1 to 7 show as [c], other counts are rounded to the nearest 5, [x] is withheld to protect a small count, [low] is a rate from too few children.</p>
<#if measure??>
<form method="get" action="/benchmarking" class="govuk-!-margin-bottom-6">
  <div class="govuk-grid-row">
    <div class="govuk-grid-column-one-third govuk-form-group">
      <label class="govuk-label" for="measure">Measure</label>
      <select class="govuk-select" id="measure" name="measure"><#list measures as m><option value="${m.key()}"<#if m == measure> selected</#if>>${m.label()}</option></#list></select>
    </div>
    <div class="govuk-grid-column-one-third govuk-form-group">
      <label class="govuk-label" for="period">Period</label>
      <select class="govuk-select" id="period" name="period"><#list periods as p><option value="${p}"<#if p == period> selected</#if>>${p}</option></#list></select>
    </div>
    <div class="govuk-grid-column-one-third govuk-form-group">
      <label class="govuk-label" for="breakdown">Breakdown</label>
      <select class="govuk-select" id="breakdown" name="breakdown"><#list breakdowns as b><option value="${b}"<#if b == breakdown> selected</#if>>${b?replace("_", " ")}</option></#list></select>
    </div>
  </div>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button>
</form>
<h2 class="govuk-heading-m">${measure.label()}, ${period}</h2>
<#if chart?has_content><figure class="govuk-!-margin-0">${chart?no_esc}</figure>
<p class="govuk-body-s">Bars: green best quartile, then light green, orange, red worst quartile; blue is your own YOT.</p></#if>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Rank</th><th scope="col" class="govuk-table__header">YOT or area</th>
    <#if breakdown != "none"><th scope="col" class="govuk-table__header">Group</th></#if>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Count</th>
    <#if oversight!false><th scope="col" class="govuk-table__header govuk-table__header--numeric">Denominator</th></#if>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th><th scope="col" class="govuk-table__header">Quartile</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list rows as r>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${r.rank()!""}</td>
      <td class="govuk-table__cell"><#if r.own()><strong>${r.label()}</strong><#else>${r.label()}</#if></td>
      <#if breakdown != "none"><td class="govuk-table__cell">${r.breakdownValue()}</td></#if>
      <td class="govuk-table__cell govuk-table__cell--numeric">${r.numerator()}</td>
      <#if oversight!false><td class="govuk-table__cell govuk-table__cell--numeric">${r.denominator()!"–"}</td></#if>
      <td class="govuk-table__cell govuk-table__cell--numeric">${r.value()!"–"}<#if r.flag()??> ${r.flag()}</#if></td>
      <td class="govuk-table__cell"><#if r.rag()??><span class="yh-rag-${r.rag()}">Q${r.quartile()}</span></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#if oversight!false>
<p class="govuk-body"><a class="govuk-link" href="/benchmarking/oversight/report.csv?period=${period}">Download the oversight report (CSV)</a> |
<a class="govuk-link" href="/benchmarking/oversight/report.xlsx?period=${period}">(XLSX)</a></p>
</#if>
</#if>
</#if>
<#if canRelease>
<h2 class="govuk-heading-m">Releases</h2>
<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Version</th>
  <th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header">Progress</th><th scope="col" class="govuk-table__header">Cells</th></tr></thead>
<tbody class="govuk-table__body"><#list releases as r><tr class="govuk-table__row"><td class="govuk-table__cell">${r.version()}</td><td class="govuk-table__cell">${r.status()}</td>
  <td class="govuk-table__cell">${r.progress()}%</td><td class="govuk-table__cell">${r.cells()}</td></tr></#list></tbody></table>
<p class="govuk-body">Start a release with <code>POST /api/v1/benchmarking/releases</code>; releases also run each quarter.</p>
</#if>
</@layout.page>
