<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<@layout.page title=child.displayName()>
<a href="/children" class="govuk-back-link">All children</a>
<span class="govuk-caption-l">${child.childRef}</span>
<h1 class="govuk-heading-l">${child.displayName()}</h1>
<p class="govuk-body">
  Born ${f.d(child.dateOfBirth)} (age ${child.age}) · ${f.sexLabel(child.sex)} · ${child.ethnicity}
  · Case manager: <strong>${child.caseManagerName!"not allocated"}</strong>
  · <strong class="govuk-tag<#if child.status == "closed"> govuk-tag--grey</#if>">${child.status?cap_first}</strong>
</p>
<#function counted label items><#return items?has_content?then(label + " (" + items?size + ")", label)></#function>
<#assign tabs = [
  ["summary", "Summary", ""],
  ["offences", counted("Offences and outcomes", (sections.offences.offences)![]), "../offence/_tab.ftl"],
  ["orders", counted("Orders and remand", ((sections.orders.interventions)![]) + ((sections.orders.remands)![])), "../courtorder/_tab.ftl"],
  ["victims", counted("Victims", sections.victims![]), "../victim/_tab.ftl"],
  ["statuses", "Statuses", "../status/_tab.ftl"],
  ["assessments", "Assessments", "../assessment/_tab.ftl"],
  ["contacts", "Contacts", "../contact/_tab.ftl"],
  ["plans", "Plans", "../plan/_tab.ftl"]
]>
<div class="govuk-tabs" data-module="govuk-tabs">
  <h2 class="govuk-tabs__title">Record</h2>
  <ul class="govuk-tabs__list">
    <#list tabs as t>
    <li class="govuk-tabs__list-item<#if t?is_first> govuk-tabs__list-item--selected</#if>"><a class="govuk-tabs__tab" href="#${t[0]}">${t[1]}</a></li>
    </#list>
  </ul>
  <#list tabs as t>
  <div class="govuk-tabs__panel<#if !t?is_first> govuk-tabs__panel--hidden</#if>" id="${t[0]}">
    <#if t[0] == "summary">
      <#include "_summary.ftl">
    <#else>
      <#assign part = .get_optional_template(t[2])>
      <#if part.exists>
        <@part.include/>
      <#else>
        <h2 class="govuk-heading-m">${t[1]}</h2>
        <p class="govuk-body">${t[1]} are not recorded in yot-hub yet.</p>
      </#if>
    </#if>
  </div>
  </#list>
</div>
</@layout.page>
