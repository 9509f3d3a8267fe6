<#-- A Youth Justice Plan: cover, contents, then each section of the structure in order. -->
<#import "macros.ftl" as m>
<#include "branding.ftl">
<#include "structure-" + doc.plan().structure() + ".ftl">
<#assign title = doc.plan().title()>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta charset="UTF-8" />
<title>${brand.organisation}: ${title}</title>
<meta name="subject" content="Youth Justice Plan ${doc.plan().yearLabel()}" />
<meta name="author" content="${brand.organisation}" />
<meta name="description" content="Youth Justice Plan ${doc.plan().yearLabel()} of ${doc.tenantName()}, reviewing ${doc.performanceYear()}." />
<#include "style.ftl">
<bookmarks>
<#list sections as s><bookmark name="${s?index + 1}. ${s.title}" href="#s-${s.key}" /></#list>
</bookmarks>
</head>
<body>
<div class="page-frame">
<div class="cover">
  <div class="cover-inner">
    <p class="organisation">${brand.organisation}</p>
    <h1>${title}</h1>
    <p class="subtitle">${doc.tenantName()} · ${doc.area()}</p>
    <p class="subtitle">Review of ${doc.performanceYear()} and priorities for ${doc.plan().yearLabel()}</p>
  </div>
  <div class="band">
    <p><span class="status">${doc.plan().status()?replace("_", " ")}<#if doc.plan().revision() gt 1> · revision ${doc.plan().revision()}</#if></span></p>
    <p>${brand.strapline}</p>
    <p>Figures as at <@m.date doc.asOf()/>, from ${doc.tenantName()}'s own records in yot-hub<#if doc.benchmarkRelease()?has_content>; comparisons from benchmark ${doc.benchmarkRelease()}</#if>.</p>
  </div>
</div>
<nav class="toc" aria-label="Contents">
  <h2 id="contents">Contents</h2>
  <ol>
  <#list sections as s><li><a href="#s-${s.key}">${s?index + 1}. ${s.title}</a></li></#list>
  </ol>
</nav>
<#list sections as s>
<section class="plan-section<#if s?index == 0 || (s.major!false)> major</#if>" id="s-${s.key}" aria-labelledby="h-${s.key}">
  <h2 id="h-${s.key}">${s?index + 1}. ${s.title}</h2>
  <#include "sections/" + s.key + ".ftl">
</section>
</#list>
</div>
</body>
</html>
