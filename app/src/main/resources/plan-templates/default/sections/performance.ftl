<#macro geo x g><#list x.comparisons()?filter(c -> c.geography() == g && c.source() != "published") as c>${c.value()!"–"}<#if c.flag()?has_content> ${c.flag()}</#if><#else>–</#list></#macro>
<@m.narrative "performance"/>
<h3>Headline measures</h3>
<p class="note">Computed from ${doc.tenantName()}'s records as at <@m.date doc.asOf()/>. Rolling measures cover the twelve months ending with ${doc.quarter()}; reoffending is the quarterly cohort of ${doc.quarter()}. RAG uses the YOT's own thresholds.</p>
<table>
  <caption>National measures, ${doc.quarter()}</caption>
  <thead><tr><th scope="col">Measure</th><th scope="col" class="n">Value</th><th scope="col" class="n">Previous quarter</th><th scope="col">RAG</th><th scope="col">Comparators</th></tr></thead>
  <tbody>
  <#list doc.measures() as x>
    <tr><th scope="row">${x.label()}<#if x.provisional()> (provisional)</#if></th><td class="n"><@m.measure x.value()!"" x.unit()/></td><td class="n"><@m.measure x.previous()!"" x.unit()/></td><td><@m.rag x.rag()/></td>
      <td><#list x.comparisons() as c><#if c.geography() != "tenant">${c.label()}: ${c.value()!"–"}<#if c.flag()?has_content> ${c.flag()}</#if> (${c.period()})<#sep>; </#sep></#if></#list><#if !x.comparisons()?has_content>–</#if></td></tr>
  </#list>
  </tbody>
</table>
<#assign ranked = doc.measures()?filter(x -> x.comparisons()?filter(c -> c.geography() == "tenant")?has_content)>
<#if ranked?has_content>
<table>
  <caption>Comparison with family, region and England and Wales (benchmark ${doc.benchmarkRelease()})</caption>
  <thead><tr><th scope="col">Measure</th><th scope="col">Period</th><th scope="col" class="n">This YOT</th><th scope="col" class="n">Rank</th><th scope="col" class="n">Quartile</th><th scope="col" class="n">Family</th><th scope="col" class="n">Region</th><th scope="col" class="n">England and Wales</th></tr></thead>
  <tbody>
  <#list ranked as x>
    <#assign own = x.comparisons()?filter(c -> c.geography() == "tenant")?first>
    <tr><th scope="row">${x.label()}</th><td>${own.period()}</td><td class="n">${own.value()!"–"}<#if own.flag()?has_content> ${own.flag()}</#if></td><td class="n"><#if own.rank()??>${own.rank()} of ${own.rankedOf()}<#else>–</#if></td><td class="n">${own.quartile()!"–"}</td><td class="n"><@geo x "family"/></td><td class="n"><@geo x "region"/></td><td class="n"><@geo x "national"/></td></tr>
  </#list>
  </tbody>
</table>
<p class="note">Benchmark values are published under disclosure control BENCH-SDC v1: [c] a count of 1 to 7, [low] too few to give a rate, [u] an unreliable rate (numerator 10 to 19). Quartile 1 is the best-performing quarter of YOTs.</p>
</#if>
<h3>Trends over eight quarters</h3>
<#list doc.measures() as x>
<figure class="chart" id="fig-${x.chartId()}" data-chart="${x.chartId()}">
  ${x.chartSvg()?no_esc}
  <figcaption>Figure ${x?index + 1}: ${x.label()} (${x.unit()}), <#list x.trend() as p>${p.period()} <@m.measure p.value()!"" x.unit()/><#sep>; </#sep></#list>.</figcaption>
</figure>
</#list>
<h3>Disposals</h3>
<#assign groupNames = {"out_of_court": "Community resolutions and diversion", "cautions": "Youth cautions and conditional cautions", "first_tier": "First-tier court disposals", "community": "Youth rehabilitation orders", "custody": "Custodial sentences"}>
<table>
  <caption>Disposals by type and year</caption>
  <thead><tr><th scope="col" rowspan="2">Type of disposal</th><#list doc.disposals() as d><th scope="colgroup" colspan="3" class="n">${d.period()}</th></#list></tr>
  <tr><#list doc.disposals() as d><th scope="col" class="n">Disposals</th><th scope="col" class="n">Children</th><th scope="col" class="n">% of disposals</th></#list></tr></thead>
  <tbody>
  <#list doc.disposals()[0].groups() as g0>
    <tr><th scope="row">${groupNames[g0.group()]!g0.group()}</th><#list doc.disposals() as d><#assign g = d.groups()[g0?index]><td class="n">${g.disposals()}</td><td class="n">${g.children()}</td><td class="n"><@m.pct g.percent()!""/></td></#list></tr>
  </#list>
    <tr class="total"><th scope="row">Total</th><#list doc.disposals() as d><td class="n">${d.totalDisposals()}</td><td class="n">${d.totalChildren()}</td><td class="n"><#if d.totalDisposals() gt 0>100.0%<#else>–</#if></td></#list></tr>
  </tbody>
</table>
<h3>Remands and remand spend, ${doc.performanceYear()}</h3>
<#assign r = doc.remand()>
<p>${r.episodes()} remand episodes began in the year, ${r.secureEpisodes()} of them to youth detention accommodation<#if r.securePercent()??> (<@m.pct r.securePercent()/> of remand decisions)</#if>.</p>
<#assign placements = {"LAA": "Local authority accommodation", "SCH": "Secure children's home", "STC": "Secure training centre", "YOI": "Young offender institution"}>
<table>
  <caption>Remand nights and cost by placement, ${doc.performanceYear()}</caption>
  <thead><tr><th scope="col">Placement</th><th scope="col" class="n">Episodes</th><th scope="col" class="n">Nights</th><th scope="col" class="n">Cost per night</th><th scope="col" class="n">Cost</th></tr></thead>
  <tbody>
  <#list r.placements() as p><tr><th scope="row">${placements[p.placement()]!p.placement()}</th><td class="n">${p.episodes()}</td><td class="n">${p.nights()}</td><td class="n"><@m.money p.costPerNight()/></td><td class="n"><@m.money p.cost()/></td></tr></#list>
    <tr class="total"><th scope="row">Total</th><td class="n">${r.episodes()}</td><td class="n">${r.nights()}</td><td></td><td class="n"><@m.money r.cost()/></td></tr>
  </tbody>
</table>
<h3>Reoffending live tracker</h3>
<#assign t = doc.liveTracker()>
<p>The ${t.cohort()} cohort has ${t.cohortSize()} children; ${t.reoffenders()} have reoffended, committing ${t.reoffences()} proven reoffences: a binary rate of <@m.pct t.binaryRate()!"" 2/><#if t.frequencyRate()??> and ${t.frequencyRate()?string["0.00"]} reoffences per child</#if>. <#if t.isFinal()>These figures are final.<#else>These figures are provisional until <@m.date t.finalOn()/>, when the cohort's 18-month window closes.</#if></p>
<#if doc.plan().structure() == "yjb2021">
<#include "kpis.ftl">
<h3>Priorities</h3>
<@m.narrative "priorities"/>
</#if>
