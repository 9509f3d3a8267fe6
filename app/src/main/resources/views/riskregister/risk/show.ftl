<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#import "../_risk.ftl" as r>
<#assign manager = shell.hasRole("yot_manager") || shell.hasRole("team_manager")>
<@layout.page title="${risk.riskRef} ${risk.title}">
<a href="/risks/register" class="govuk-back-link">Risk register</a>
<@layout.errorSummary errors=errors/>
<span class="govuk-caption-l">${risk.riskRef} · ${risk.objective!}</span>
<h1 class="govuk-heading-xl">${risk.title}</h1>
<p class="govuk-body"><@r.bandTag band=risk.band/> <@r.statusTag status=risk.status/></p>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Description</dt><dd class="govuk-summary-list__value">${risk.description!"–"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Cause</dt><dd class="govuk-summary-list__value">${risk.cause!"–"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Impact</dt><dd class="govuk-summary-list__value">${risk.impactNarrative!"–"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rating</dt><dd class="govuk-summary-list__value">Likelihood ${risk.likelihood} (${likelihoodLabel}) × impact ${risk.impact} (${impactLabel}) = <strong>${risk.score}</strong>, ${risk.band}<#if risk.targetScore??>; target ${risk.targetScore}</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">In other conventions</dt><dd class="govuk-summary-list__value">Leicestershire: impact ${risk.leicestershireImpact} (1 = high, 5 = low). Southampton: ${risk.southamptonRating}.</dd></div>
  <#if risk.sourceConvention != "native"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">As imported</dt><dd class="govuk-summary-list__value">${f.label(risk.sourceConvention)}<#if risk.sourceRating??>: ${risk.sourceRating}</#if><#if risk.sourceDisplay??> (${risk.sourceDisplay})</#if></dd></div></#if>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Owner</dt><dd class="govuk-summary-list__value">${risk.owner()!}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Next review</dt><dd class="govuk-summary-list__value">${f.date(risk.reviewOn!"")}<#if risk.reviewOverdue> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if></dd></div>
</dl>
<#if manager><a class="govuk-button govuk-button--secondary" href="/risks/${risk.id}/edit" data-module="govuk-button">Change, review or escalate</a></#if>

<h2 class="govuk-heading-l" id="actions">Controls and actions</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Controls in place and actions planned</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Type</th><th scope="col" class="govuk-table__header">Description</th><th scope="col" class="govuk-table__header">Owner</th><th scope="col" class="govuk-table__header">Due</th><th scope="col" class="govuk-table__header">Status</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list risk.actions as a>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${a.kind?cap_first}</td>
      <td class="govuk-table__cell">${a.description}</td>
      <td class="govuk-table__cell">${a.owner!"–"}</td>
      <td class="govuk-table__cell">${f.date(a.dueOn!"")}<#if a.overdue> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if></td>
      <td class="govuk-table__cell">
        <#if manager && a.status != "done">
        <form method="post" action="/risks/${risk.id}/actions/${a.id}" class="yh-inline-form">
          <@f.csrf/><@f.hidden name="version" value=a.version?c/><@f.hidden name="kind" value=a.kind/><@f.hidden name="description" value=a.description/>
          <@f.hidden name="owner" value=a.owner!""/><@f.hidden name="due_on" value=(a.dueOn?string)!""/><@f.hidden name="status" value="done"/>
          ${f.label(a.status)} <button class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Mark done<span class="govuk-visually-hidden">: ${a.description}</span></button>
        </form>
        <#else>${f.label(a.status)}</#if>
      </td>
    </tr>
  <#else>
    <tr class="govuk-table__row"><td class="govuk-table__cell" colspan="5">None recorded.</td></tr>
  </#list>
  </tbody>
</table>
<#if manager>
<form method="post" action="/risks/${risk.id}/actions" novalidate>
  <@f.csrf/>
  <@f.select name="kind" label="Add a control or action" blank="Choose" options=[["control","Control in place"],["action","Action planned"]] fields=fields errors=errors/>
  <@f.textarea name="description" label="Description" fields=fields errors=errors/>
  <@f.text name="owner" label="Owner" hint="A role, such as Head of Service, or a name" fields=fields errors=errors/>
  <@f.text name="due_on" label="Due date" type="date" fields=fields errors=errors width="govuk-input--width-10"/>
  <button class="govuk-button govuk-button--secondary" data-module="govuk-button">Add</button>
</form>
</#if>

<h2 class="govuk-heading-l" id="trend">History and score trend</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Every change to this risk, oldest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Who</th><th scope="col" class="govuk-table__header">Change</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Score before</th><th scope="col" class="govuk-table__header govuk-table__header--numeric">Score after</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list risk.trend as t>
    <tr class="govuk-table__row"><td class="govuk-table__cell">${t.changedAt?string?substring(0, 10)}</td><td class="govuk-table__cell">${t.changedBy}</td><td class="govuk-table__cell">${f.label(t.change)}<#if t.note??>: ${t.note}</#if></td><td class="govuk-table__cell govuk-table__cell--numeric">${(t.beforeScore?c)!"–"}</td><td class="govuk-table__cell govuk-table__cell--numeric">${t.afterScore}</td></tr>
  </#list>
  </tbody>
</table>
<#if risk.links?has_content>
<h2 class="govuk-heading-m">Linked to</h2>
<ul class="govuk-list"><#list risk.links as l><li>${f.label(l.linkedType)} ${l.linkedId}</li></#list></ul>
</#if>
</@layout.page>
