<#-- The quarterly board performance report. -->
<#import "macros.ftl" as m>
<#assign doc = report>
<#include "branding.ftl">
<#assign title = "Board performance report " + report.quarter()>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta charset="UTF-8" />
<title>${brand.organisation}: ${title}</title>
<meta name="subject" content="${title}" />
<meta name="author" content="${brand.organisation}" />
<#include "style.ftl">
</head>
<body>
<div class="page-frame">
<section class="plan-section" id="summary">
<p class="note">${brand.organisation} · youth justice management board</p>
<h1 style="color: ${brand.primary}; font-size: 22pt; margin: 0 0 2mm 0;">Board performance report, ${report.quarter()}</h1>
<p>${report.quarterStart().format(dateFormat)} to ${report.quarterEnd().format(dateFormat)}. Figures computed from ${report.tenantName()}'s records as at <@m.date report.asOf()/>; change is against ${report.previousQuarter()}.</p>
<h2>1. Headline measures</h2>
<table>
  <caption>Measures for ${report.quarter()} with RAG and change since last quarter</caption>
  <thead><tr><th scope="col">Measure</th><th scope="col" class="n">${report.quarter()}</th><th scope="col" class="n">${report.previousQuarter()}</th><th scope="col" class="n">Change</th><th scope="col">RAG</th></tr></thead>
  <tbody>
  <#list report.measures() as x>
    <tr><th scope="row">${x.label()}<#if x.provisional()> (provisional)</#if></th><td class="n"><@m.measure x.value()!"" x.unit()/></td><td class="n"><@m.measure x.previous()!"" x.unit()/></td>
      <td class="n"><#if x.value()?? && x.previous()??><#assign d = x.value() - x.previous()><#if d gt 0>+</#if><@m.measure d x.unit()/><#else>–</#if></td><td><@m.rag x.rag()/></td></tr>
  </#list>
  </tbody>
</table>
<h2>2. Caseload</h2>
<#assign c = report.caseload()>
<table class="keyfacts"><tr>
  <td><span class="fig">${c.openCases()}</span>open cases</td>
  <td><span class="fig">${c.activeChildren()}</span>children with an intervention in the quarter</td>
  <td><span class="fig">${c.started()}</span>interventions started</td>
  <td><span class="fig">${c.ended()}</span>interventions ended</td>
</tr></table>
<p>${report.disposals().totalDisposals()} disposals for ${report.disposals().totalChildren()} children in the quarter; ${report.remand().episodes()} remand episodes began and remand cost <@m.money report.remand().cost()/> (${report.remand().nights()} nights).</p>
</section>
<section class="plan-section">
<h2>3. Trends over eight quarters</h2>
<#list report.measures() as x>
<figure class="chart" data-chart="${x.chartId()}">
  ${x.chartSvg()?no_esc}
  <figcaption>Figure ${x?index + 1}: ${x.label()} (${x.unit()}), <#list x.trend() as p>${p.period()} <@m.measure p.value()!"" x.unit()/><#sep>; </#sep></#list>.</figcaption>
</figure>
</#list>
</section>
<section class="plan-section">
<h2>4. Key performance indicators</h2>
<table>
  <caption>The ten YJB key performance indicators, ${report.quarter()} (${report.kpis().interventionsEnded()} interventions ended) against ${report.previousQuarter()}</caption>
  <thead><tr><th scope="col">Indicator</th><th scope="col">Measure</th><th scope="col" class="n">Count</th><th scope="col" class="n">Of</th><th scope="col" class="n">%</th><th scope="col" class="n">Last quarter</th></tr></thead>
  <tbody>
  <#list report.kpis().kpis() as kpi><#assign prev = report.previousKpis().kpis()[kpi?index]><#list kpi.measures() as s>
    <tr><#if s?index == 0><th scope="rowgroup" rowspan="${kpi.measures()?size}">${kpi.number()}. ${kpi.name()}</th></#if><td>${s.name()?replace("_", " ")?cap_first}</td><td class="n">${s.numerator()}</td><td class="n">${s.denominator()!"–"}</td><td class="n"><@m.pct s.percent()!""/></td><td class="n"><#if s.percent()??><@m.pct prev.measures()[s?index].percent()!""/><#else>${prev.measures()[s?index].numerator()}</#if></td></tr>
  </#list></#list>
  </tbody>
</table>
<h2>5. Reoffending live tracker</h2>
<table>
  <caption>Quarterly reoffending cohorts, tracked for 12 months with a 6-month wait for outcomes</caption>
  <thead><tr><th scope="col">Cohort</th><th scope="col" class="n">Children</th><th scope="col" class="n">Reoffenders</th><th scope="col" class="n">Reoffences</th><th scope="col" class="n">Binary rate</th><th scope="col">Status</th></tr></thead>
  <tbody>
  <#list report.tracker() as t><tr><th scope="row">${t.cohort()}</th><td class="n">${t.cohortSize()}</td><td class="n">${t.reoffenders()}</td><td class="n">${t.reoffences()}</td><td class="n"><@m.pct t.binaryRate()!""/></td><td><#if t.isFinal()>Final<#else>Provisional until <@m.date t.finalOn()/></#if></td></tr></#list>
  </tbody>
</table>
</section>
<section class="plan-section">
<h2>6. Risks escalated to the board</h2>
<#if !report.risksAvailable()>
<p class="placeholder">The risk register is not available.</p>
<#elseif report.risks()?has_content>
<table>
  <caption>High and escalated risks</caption>
  <thead><tr><th scope="col">Ref</th><th scope="col">Risk</th><th scope="col">Rating</th><th scope="col">Status</th><th scope="col">Owner</th><th scope="col">Review</th></tr></thead>
  <tbody><#list report.risks() as r><tr><td>${r.ref()}</td><td>${r.title()}</td><td>${r.band()?cap_first} (${r.score()})</td><td>${r.status()?cap_first}</td><td>${r.owner()!"–"}</td><td><@m.date r.reviewOn()!""/></td></tr></#list></tbody>
</table>
<#else>
<p>No risks are high or escalated.</p>
</#if>
<h2>7. Delivery plan actions due</h2>
<#if report.actionsDue()?has_content>
<table>
  <caption>Actions not complete and due by the end of next quarter</caption>
  <thead><tr><th scope="col">Priority</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">RAG</th></tr></thead>
  <tbody><#list report.actionsDue() as a><tr><td>${a.priority()}</td><td>${a.action()}<#if a.overdue()> <strong>(overdue)</strong></#if></td><td>${a.owner()}</td><td><@m.date a.dueOn()/></td><td><@m.rag a.rag()/></td></tr></#list></tbody>
</table>
<#else>
<p>No delivery plan actions are due.</p>
</#if>
</section>
</div>
</body>
</html>
