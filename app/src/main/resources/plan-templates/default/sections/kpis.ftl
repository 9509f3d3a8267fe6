<#if doc.plan().structure() != "yjb2021"><@m.narrative "kpis"/></#if>
<#assign k = doc.kpis()>
<h3>Key performance indicators, ${doc.performanceYear()}</h3>
<p>For the ${k.interventionsEnded()} orders and interventions that ended in ${doc.performanceYear()}, unless stated.</p>
<table>
  <caption>The ten YJB key performance indicators</caption>
  <thead><tr><th scope="col">Indicator</th><th scope="col">Measure</th><th scope="col" class="n">Count</th><th scope="col" class="n">Of</th><th scope="col" class="n">%</th></tr></thead>
  <tbody>
  <#list k.kpis() as kpi><#list kpi.measures() as s>
    <tr><#if s?index == 0><th scope="rowgroup" rowspan="${kpi.measures()?size}">${kpi.number()}. ${kpi.name()}</th></#if><td>${s.name()?replace("_", " ")?cap_first}</td><td class="n">${s.numerator()}</td><td class="n">${s.denominator()!"–"}</td><td class="n"><@m.pct s.percent()!""/></td></tr>
  </#list></#list>
  </tbody>
</table>
