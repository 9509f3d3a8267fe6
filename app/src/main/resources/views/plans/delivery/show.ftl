<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title="Delivery plan">
<a href="/plans/${plan.id()}" class="govuk-back-link">${plan.title()}</a>
<span class="govuk-caption-l">${plan.title()}</span>
<h1 class="govuk-heading-l">Delivery plan</h1>
<@layout.errorSummary errors/>
<#list priorities as p>
<h2 class="govuk-heading-m">Priority ${p?index + 1}: ${p.title()}<#if p.carriedForward()> <strong class="govuk-tag govuk-tag--grey">carried forward</strong></#if></h2>
<#if p.outcome()?has_content><p class="govuk-body">${p.outcome()}</p></#if>
<#if p.lead()?has_content><p class="govuk-body-s">Lead: ${p.lead()}</p></#if>
<table class="govuk-table">
  <caption class="govuk-visually-hidden">Actions for priority ${p?index + 1}</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Action</th><th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Due</th><th scope="col" class="govuk-table__header">RAG</th><th scope="col" class="govuk-table__header">Success measure</th><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th></tr></thead>
  <tbody class="govuk-table__body">
  <#list p.actions() as a>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${a.action()}<#if a.progress()?has_content><br><span class="govuk-body-s">Progress: ${a.progress()}</span></#if><#if a.risks()?has_content><br><span class="govuk-body-s">Risks: <#list a.risks() as r>${r.ref()} ${r.title()}<#sep>; </#list></span></#if></td><td class="govuk-table__cell">${a.owner()}</td><td class="govuk-table__cell">${a.dueOn()}</td><td class="govuk-table__cell">${a.ragLabel()}</td><td class="govuk-table__cell">${a.successMeasure()}</td>
      <td class="govuk-table__cell"><a class="govuk-link" href="/plans/${plan.id()}/actions/${a.id()}">Change<span class="govuk-visually-hidden"> action ${a?index + 1}</span></a></td></tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="6">No actions yet.</td></tr>
  </#list>
  </tbody>
</table>
</#list>
<#if priorities?has_content>
<h2 class="govuk-heading-m">Add an action</h2>
<form method="post" action="/plans/${plan.id()}/actions" novalidate>
  <@f.csrf/>
  <#assign options = {}><#list priorities as p><#assign options = options + {p.id()?string: (p?index + 1) + ". " + p.title()}></#list>
  <@f.select name="priority_id" label="Priority" options=options value=form.priority_id!"" errors=errors/>
  <#include "_action_fields.ftl">
  <@f.button "Add action"/>
</form>
</#if>
<h2 class="govuk-heading-m">Add a priority</h2>
<form method="post" action="/plans/${plan.id()}/priorities" novalidate>
  <@f.csrf/>
  <@f.input name="title" label="Priority" value=form.title!"" errors=errors/>
  <@f.textarea name="outcome" label="Outcome sought (optional)" value=form.outcome!"" rows=2 errors=errors/>
  <@f.input name="lead" label="Lead (optional)" value=form.lead!"" errors=errors/>
  <@f.button "Add priority" true/>
</form>
</@layout.page>
