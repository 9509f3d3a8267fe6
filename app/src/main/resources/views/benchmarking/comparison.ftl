<#import "../_layout/page.ftl" as layout>
<@layout.page title="How we compare">
<a href="/performance" class="govuk-back-link">Back to performance</a>
<h1 class="govuk-heading-l">How we compare</h1>
<#if !release??>
<p class="govuk-body">No benchmark release has been produced yet.</p>
<#else>
<p class="govuk-body">From benchmark release ${release.version()} (${release.policy()}), ${period}. Other YOTs' figures are never shown individually; aggregates are rounded and suppressed under the disclosure policy.</p>
<#list sections as s>
<h2 class="govuk-heading-m">${s.measure.label()}</h2>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Area</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th><th scope="col" class="govuk-table__header">Rank</th><th scope="col" class="govuk-table__header">Quartile</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list s.rows as r><tr class="govuk-table__row"><td class="govuk-table__cell"><#if r.own()><strong>${r.label()}</strong><#else>${r.label()}</#if></td>
    <td class="govuk-table__cell govuk-table__cell--numeric">${r.value()!"–"}<#if r.flag()??> ${r.flag()}</#if></td>
    <td class="govuk-table__cell"><#if r.rank()??>${r.rank()} of ${r.rankedOf()}</#if></td>
    <td class="govuk-table__cell"><#if r.rag()??><span class="yh-rag-${r.rag()}">Q${r.quartile()}</span></#if></td></tr></#list>
  </tbody>
</table>
</#list>
<#if neighbours?has_content>
<h2 class="govuk-heading-m">Statistical nearest neighbours</h2>
<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">YOT</th>
  <th scope="col" class="govuk-table__header govuk-table__header--numeric">Distance</th><th scope="col" class="govuk-table__header">Most alike on</th></tr></thead>
<tbody class="govuk-table__body"><#list neighbours as n><tr class="govuk-table__row"><td class="govuk-table__cell">${n.name}</td>
  <td class="govuk-table__cell govuk-table__cell--numeric">${n.distance?string["0.00"]}</td><td class="govuk-table__cell">${n.closestOn}</td></tr></#list></tbody></table>
</#if>
</#if>
</@layout.page>
