<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#assign p = panel>
<@layout.page title="Panel on ${f.date(p.sitsOn)}">
<a href="/volunteers/panels" class="govuk-back-link">Panel rota</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">Panel on ${f.date(p.sitsOn)}</h1>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Time</dt><dd class="govuk-summary-list__value">${p.startsAt} to ${p.endsAt}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Where</dt><dd class="govuk-summary-list__value"><#if p.virtual>Virtual<#else>${p.venue!}</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Community panel members</dt><dd class="govuk-summary-list__value"><ul class="govuk-list"><#list p.members as m><li><a class="govuk-link" href="/volunteers/${m.volunteerId}">${m.name!"Unknown"}</a><#if m.chair> (chair)</#if></li></#list></ul></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">YOT officer</dt><dd class="govuk-summary-list__value">${p.yotOfficerName!}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Child</dt><dd class="govuk-summary-list__value"><#if p.childId??><a class="govuk-link" href="/children/${p.childId}">Child record</a><#else>Not recorded</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Status</dt><dd class="govuk-summary-list__value">${f.label(p.status)}</dd></div>
  <#if p.outcome??><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Outcome</dt><dd class="govuk-summary-list__value">${f.label(p.outcome)}<#if p.outcomeNotes??><br>${p.outcomeNotes}</#if></dd></div></#if>
</dl>
<#if shell.hasRole("volunteer_coordinator") && p.status == "scheduled">
<a class="govuk-button govuk-button--secondary" href="/volunteers/panels/${p.id}/edit" data-module="govuk-button">Change panel</a>
<#if sat>
<h2 class="govuk-heading-m">Record the outcome</h2>
<form method="post" action="/volunteers/panels/${p.id}/outcome" novalidate>
  <@f.csrf/><@f.hidden name="version" value=p.version?c/>
  <@f.select name="outcome" label="Outcome" blank="Choose an outcome" options=[["contract_agreed","Contract agreed"],["review","Review (progress) panel held"],["final","Final panel: order completed"],["adjourned","Adjourned"]] fields={} errors=errors/>
  <@f.textarea name="notes" label="Notes (optional)" fields={} errors=errors/>
  <button class="govuk-button" data-module="govuk-button">Record outcome</button>
</form>
</#if>
<form method="post" action="/volunteers/panels/${p.id}/cancel" novalidate>
  <@f.csrf/><@f.hidden name="version" value=p.version?c/>
  <button class="govuk-button govuk-button--warning" data-module="govuk-button">Cancel this panel</button>
</form>
</#if>
</@layout.page>
