<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title=plan.title()>
<a href="/plans" class="govuk-back-link">All plans</a>
<span class="govuk-caption-l">${shell.tenantName} · ${plan.yearLabel()}<#if plan.revision() gt 1> · revision ${plan.revision()}</#if></span>
<h1 class="govuk-heading-l">${plan.title()} <@f.tag plan.status()/></h1>
<@layout.errorSummary errors/>
<p class="govuk-body">Due with the Youth Justice Board by ${plan.deadline().format(dateFormat)}. <#if plan.asOf()??>Figures are taken as at ${plan.asOf().format(dateFormat)} (the date it was submitted).<#else>Figures are computed live until the plan is submitted.</#if></p>
<p class="govuk-body">
  <a class="govuk-button govuk-button--secondary" href="/plans/${plan.id()}/preview">Preview</a>
  <a class="govuk-button govuk-button--secondary" href="/plans/${plan.id()}/plan.pdf">Download PDF</a>
  <a class="govuk-button govuk-button--secondary" href="/plans/${plan.id()}/plan.docx">Download Word</a>
  <#if renditionDate??><a class="govuk-button govuk-button--secondary" href="/api/v1/plans/${plan.id()}/renditions/latest.pdf">Download PDF rendered on ${renditionDate}</a></#if>
  <#if plan.editable() && canEdit><a class="govuk-button govuk-button--secondary" href="/plans/${plan.id()}/delivery">Delivery plan</a></#if>
</p>
<h2 class="govuk-heading-m">Sections</h2>
<dl class="govuk-summary-list">
<#list sections as s>
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">${s?index + 1}. ${s.title}</dt>
    <dd class="govuk-summary-list__value"><#if s.narrative><#if s.revision??>Revision ${s.revision}, ${s.changedName} on ${s.changedAt}<#else><span class="govuk-hint">Not written yet</span></#if><#else><span class="govuk-hint">Filled from yot-hub's data</span></#if><#if s.data?has_content><br><span class="govuk-body-s">${s.data}</span></#if></dd>
    <dd class="govuk-summary-list__actions"><#if s.narrative && s.writable><a class="govuk-link" href="/plans/${plan.id()}/sections/${s.key}">Write<span class="govuk-visually-hidden"> ${s.title}</span></a><#elseif s.narrative><a class="govuk-link" href="/plans/${plan.id()}/sections/${s.key}">History<span class="govuk-visually-hidden"> of ${s.title}</span></a></#if></dd>
  </div>
</#list>
</dl>
<h2 class="govuk-heading-m">Approval</h2>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Submitted to the board</dt><dd class="govuk-summary-list__value">${plan.submittedBy()!"Not yet"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Board approval (chair)</dt><dd class="govuk-summary-list__value">${plan.chairName()!"Not yet"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">YOT manager sign-off</dt><dd class="govuk-summary-list__value">${plan.managerName()!"Not yet"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value">${plan.publishedBy()!"Not yet"}</dd></div>
</dl>
<div class="govuk-button-group">
<#list steps as step>
  <form method="post" action="/plans/${plan.id()}/${step.action}" class="yh-inline-form">
    <@f.csrf/><input type="hidden" name="version" value="${plan.version()?c}">
    <@f.button step.label step.secondary/>
  </form>
</#list>
</div>
</@layout.page>
