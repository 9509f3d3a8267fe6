<#import "../../_layout/page.ftl" as layout>
<#macro num v="" digits=2><#if v?is_number>${v?string["0." + ""?left_pad(digits, "0")]}<#else>–</#if></#macro>
<@layout.page title="Performance">
<span class="govuk-caption-l">${shell.tenantName}</span>
<h1 class="govuk-heading-l">Performance, ${quarter.id()}</h1>
<p class="govuk-body">Computed live from this YOT's records (${quarter.start()} to ${quarter.end()}). Rolling measures cover the 12 months ending with the quarter. RAG uses this YOT's thresholds.</p>
<nav class="govuk-!-margin-bottom-6" aria-label="Quarters">
  <a class="govuk-link" href="/performance?period=${previousQuarter}">Previous quarter</a> |
  <a class="govuk-link" href="/performance?period=${nextQuarter}">Next quarter</a> |
  <a class="govuk-link" href="/performance/download.csv?period=${quarter.id()}">Download CSV</a> |
  <a class="govuk-link" href="/performance/download.xlsx?period=${quarter.id()}">Download XLSX</a> |
  <a class="govuk-link" href="/performance/comparison">How we compare with other YOTs</a>
</nav>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--m">Headline measures</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Measure</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">This quarter</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Previous</th>
    <th scope="col" class="govuk-table__header">RAG</th>
    <th scope="col" class="govuk-table__header">Published comparators</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list rows as m><#assign r = m.row>
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header">${r.headline().label()}<#if r.provisional()> <strong class="govuk-tag govuk-tag--grey">provisional</strong></#if></th>
      <td class="govuk-table__cell govuk-table__cell--numeric"><@num r.value()/> <span class="govuk-body-s">${r.headline().unit()}</span></td>
      <td class="govuk-table__cell govuk-table__cell--numeric"><@num r.previous()/></td>
      <td class="govuk-table__cell"><#if r.rag().name() != "NONE"><span class="${r.rag().css()}">${r.rag().name()?capitalize}</span><#else>–</#if></td>
      <td class="govuk-table__cell govuk-body-s"><#list r.comparators() as c>${c.geography()?capitalize} ${c.value()} (${c.period()})<#sep><br></#list><#if !r.comparators()?has_content>–</#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#if shell.hasRole("team_manager") || shell.hasRole("yot_manager") || shell.hasRole("performance_officer")>
<p class="govuk-body">Children behind the figures:
  <a class="govuk-link" href="/performance/first-time-entrants/children?period=${quarter.rolling12().id()}">first time entrants</a>,
  <a class="govuk-link" href="/performance/custody/children?period=${quarter.rolling12().id()}">custody</a>,
  <a class="govuk-link" href="/performance/reoffending/children?period=${quarter.id()}">reoffending cohort (live tracker)</a>.</p>
</#if>
<h2 class="govuk-heading-m">Trends over ${quarters?size} quarters</h2>
<div class="govuk-grid-row">
<#list rows as m><#assign r = m.row>
  <div class="govuk-grid-column-one-half govuk-!-margin-bottom-6">
    <h3 class="govuk-heading-s">${r.headline().label()}</h3>
    <figure class="govuk-!-margin-0">${m.chart?no_esc}</figure>
    <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Data for this chart</span></summary>
      <div class="govuk-details__text"><table class="govuk-table"><caption class="govuk-visually-hidden">${r.headline().label()}</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Quarter</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th></tr></thead>
        <tbody class="govuk-table__body"><#list r.trend() as p><tr class="govuk-table__row"><td class="govuk-table__cell">${p.label()}</td><td class="govuk-table__cell govuk-table__cell--numeric"><@num p.value()/></td></tr></#list></tbody></table></div>
    </details>
  </div>
</#list>
</div>
<h2 class="govuk-heading-m">Key performance indicators, ${quarter.id()}</h2>
<p class="govuk-body">For the ${kpis.interventionsEnded()} orders and interventions that ended in the quarter.</p>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">KPI</th><th scope="col" class="govuk-table__header">Sub-measure</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Count</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Of</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">%</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list kpis.kpis() as k><#list k.measures() as s>
    <tr class="govuk-table__row"><#if s?index == 0><th scope="rowgroup" rowspan="${k.measures()?size}" class="govuk-table__header">${k.number()}. ${k.name()}</th></#if>
      <td class="govuk-table__cell">${s.name()?replace("_", " ")}</td><td class="govuk-table__cell govuk-table__cell--numeric">${s.numerator()}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${s.denominator()!"–"}</td><td class="govuk-table__cell govuk-table__cell--numeric"><@num s.percent() 1/></td></tr>
  </#list></#list>
  </tbody>
</table>
<h2 class="govuk-heading-m">Disposals, 12 months to ${quarter.end()}</h2>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Group</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Disposals</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Children</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">% of disposals</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list disposals.groups() as g><tr class="govuk-table__row"><td class="govuk-table__cell">${g.group()?replace("_", " ")?cap_first}</td><td class="govuk-table__cell govuk-table__cell--numeric">${g.disposals()}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric">${g.children()}</td><td class="govuk-table__cell govuk-table__cell--numeric"><@num g.percent() 1/></td></tr></#list>
  <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Total</th><td class="govuk-table__cell govuk-table__cell--numeric">${disposals.totalDisposals()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${disposals.totalChildren()}</td><td class="govuk-table__cell govuk-table__cell--numeric">100.0</td></tr>
  </tbody>
</table>
<h2 class="govuk-heading-m">Remand, 12 months to ${quarter.end()}</h2>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Placement</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Episodes</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Nights</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Cost per night (£)</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Cost (£)</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list remand.placements() as p><tr class="govuk-table__row"><td class="govuk-table__cell">${p.placement()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${p.episodes()}</td>
    <td class="govuk-table__cell govuk-table__cell--numeric">${p.nights()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${p.costPerNight()?string["0"]}</td><td class="govuk-table__cell govuk-table__cell--numeric">${p.cost()?string[",##0"]}</td></tr></#list>
  <tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Total</th><td class="govuk-table__cell govuk-table__cell--numeric">${remand.episodes()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${remand.nights()}</td><td class="govuk-table__cell"></td><td class="govuk-table__cell govuk-table__cell--numeric">${remand.cost()?string[",##0"]}</td></tr>
  </tbody>
</table>
<#if published?has_content>
<h2 class="govuk-heading-m">Published figures</h2>
<p class="govuk-body">Figures this YOT's published documents state, shown as published and never mixed with computed values.</p>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Measure</th><th scope="col" class="govuk-table__header">Geography</th>
    <th scope="col" class="govuk-table__header">Period</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Value</th><th scope="col" class="govuk-table__header">Source</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list published as p><tr class="govuk-table__row"><td class="govuk-table__cell">${p.measure()?replace("_", " ")}</td><td class="govuk-table__cell">${p.geography()}</td>
    <td class="govuk-table__cell">${p.period()}</td><td class="govuk-table__cell govuk-table__cell--numeric">${p.value()}</td><td class="govuk-table__cell govuk-body-s">${p.source()}</td></tr></#list>
  </tbody>
</table>
</#if>
</@layout.page>
