<#import "../_layout/page.ftl" as layout>
<#import "../_layout/fields.ftl" as f>
<#import "_risk.ftl" as r>
<@layout.page title="Risks escalated to the board">
<a href="/risks" class="govuk-back-link">Risks</a>
<h1 class="govuk-heading-xl">Risks escalated to the management board</h1>
<#list risks as risk>
<div class="govuk-summary-card">
  <div class="govuk-summary-card__title-wrapper">
    <h2 class="govuk-summary-card__title">${risk.riskRef}: ${risk.title}</h2>
    <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/risks/${risk.id}">View<span class="govuk-visually-hidden"> ${risk.riskRef}</span></a></li></ul>
  </div>
  <div class="govuk-summary-card__content">
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Service objective</dt><dd class="govuk-summary-list__value">${risk.objective!}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Risk</dt><dd class="govuk-summary-list__value">${risk.description!risk.title}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Rating</dt><dd class="govuk-summary-list__value">Likelihood ${risk.likelihood} × impact ${risk.impact} = ${risk.score} <@r.bandTag band=risk.band/><#if risk.sourceDisplay??> (source: ${risk.sourceDisplay})</#if></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Owner</dt><dd class="govuk-summary-list__value">${risk.owner()!}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Controls and actions</dt><dd class="govuk-summary-list__value"><ul class="govuk-list govuk-list--bullet"><#list risk.actions as a><li>${a.description}<#if a.owner??> (${a.owner})</#if><#if a.dueOn??>, due ${f.date(a.dueOn)}</#if></li></#list></ul></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Next review</dt><dd class="govuk-summary-list__value">${f.date(risk.reviewOn!"")}</dd></div>
    </dl>
  </div>
</div>
<#else>
<p class="govuk-body">No risks are escalated to the board.</p>
</#list>
</@layout.page>
