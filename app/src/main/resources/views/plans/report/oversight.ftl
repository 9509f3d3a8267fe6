<#import "../../_layout/page.ftl" as layout>
<@layout.page title="Oversight report">
<span class="govuk-caption-l">All YOTs</span>
<h1 class="govuk-heading-l">Oversight report, ${report.period()}<#if report.region()??>, ${report.region()}</#if></h1>
<p class="govuk-body">From benchmark release ${report.releaseVersion()} (${report.policy()}). YOTs are named; values are as published in the release.</p>
<form method="get" action="/oversight-reports" class="govuk-!-margin-bottom-6">
  <div class="govuk-form-group"><label class="govuk-label" for="region">Region</label>
  <select class="govuk-select" id="region" name="region"><option value="">England and Wales</option><#list report.regions() as r><option value="${r}"<#if (report.region()!"") == r> selected</#if>>${r}</option></#list></select></div>
  <input type="hidden" name="period" value="${report.period()}">
  <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Show</button>
</form>
<p class="govuk-body"><a class="govuk-link" href="/oversight-reports/report.pdf?${query}">Download PDF</a> · <a class="govuk-link" href="/oversight-reports/report.xlsx?${query}">Download spreadsheet (XLSX)</a></p>
<#list report.measures() as b>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">${b.label()}<#list b.national() as n>: England and Wales ${n.value()!"–"}</#list></caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Rank</th><th scope="col" class="govuk-table__header">YOT</th><th scope="col" class="govuk-table__header">Region</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Quartile</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list b.yots() as y><tr class="govuk-table__row"><td class="govuk-table__cell">${y.row().rank()!"–"}</td><td class="govuk-table__cell">${y.row().label()}</td><td class="govuk-table__cell">${y.region()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${y.row().value()!"–"} ${y.row().flag()!""}</td><td class="govuk-table__cell govuk-table__cell--numeric">${y.row().quartile()!"–"}</td></tr></#list>
  </tbody>
</table>
</#list>
</@layout.page>
