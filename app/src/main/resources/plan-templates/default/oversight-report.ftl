<#-- The oversight report across YOTs, from one benchmark release (YOTs named; disclosure control already applied). -->
<#import "macros.ftl" as m>
<#assign brand = {"organisation": "yot-hub oversight", "strapline": "", "primary": "#1d3f6e", "accent": "#2e7d8c", "light": "#eef3f8", "font": "Liberation Sans"}>
<#assign title = "Oversight report " + report.period() + (report.region()??)?then(", " + report.region()!"", ", England and Wales")>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta charset="UTF-8" />
<title>${title}</title>
<meta name="subject" content="${title}" />
<meta name="author" content="yot-hub" />
<#include "style.ftl">
</head>
<body>
<div class="page-frame">
<section class="plan-section">
<h1 style="color: ${brand.primary}; font-size: 22pt; margin: 0 0 2mm 0;">${title}</h1>
<p>From benchmark release ${report.releaseVersion()} (quarters to ${report.lastQuarter()}), published under ${report.policy()}: counts of 1 to 7 are shown as [c] and others rounded to the nearest 5; rates need a numerator of at least 10 and a denominator of at least 20 ([low]); [u] marks a numerator of 10 to 19. Quartile 1 is the best-performing quarter of YOTs.</p>
<#list report.measures() as b>
<h2>${b?index + 1}. ${b.label()}</h2>
<p class="note"><#if b.lowerIsBetter()>Lower is better.<#else>Higher is better.</#if><#list b.national() as n> England and Wales: <strong>${n.value()!"–"}</strong><#if n.flag()?has_content> ${n.flag()}</#if>.</#list></p>
<#if b.regions()?has_content>
<table>
  <caption>${b.label()}: regions</caption>
  <thead><tr><th scope="col">Region</th><th scope="col" class="n">Value</th><th scope="col" class="n">Numerator</th><th scope="col" class="n">Denominator</th></tr></thead>
  <tbody><#list b.regions() as r><tr><th scope="row">${r.label()?replace("Region: ", "")}</th><td class="n">${r.value()!"–"}<#if r.flag()?has_content> ${r.flag()}</#if></td><td class="n">${r.numerator()!"–"}</td><td class="n">${r.denominator()!"–"}</td></tr></#list></tbody>
</table>
</#if>
<table>
  <caption>${b.label()}: YOTs by rank</caption>
  <thead><tr><th scope="col" class="n">Rank</th><th scope="col">YOT</th><th scope="col">Region</th><th scope="col" class="n">Value</th><th scope="col" class="n">Numerator</th><th scope="col" class="n">Denominator</th><th scope="col" class="n">Quartile</th></tr></thead>
  <tbody>
  <#list b.yots() as y><tr><td class="n"><#if y.row().rank()??>${y.row().rank()} of ${y.row().rankedOf()}<#else>–</#if></td><th scope="row">${y.row().label()}</th><td>${y.region()}</td><td class="n">${y.row().value()!"–"}<#if y.row().flag()?has_content> ${y.row().flag()}</#if></td><td class="n">${y.row().numerator()!"–"}</td><td class="n">${y.row().denominator()!"–"}</td><td class="n">${y.row().quartile()!"–"}</td></tr>
  <#else><tr><td colspan="7">No YOTs in this selection.</td></tr></#list>
  </tbody>
</table>
</#list>
</section>
</div>
</body>
</html>
