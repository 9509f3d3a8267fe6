<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title=title>
<a href="/plans/${plan.id()}" class="govuk-back-link">${plan.title()}</a>
<span class="govuk-caption-l">${plan.title()}</span>
<h1 class="govuk-heading-l">${title}</h1>
<@layout.errorSummary errors/>
<#if writable>
<form method="post" action="/plans/${plan.id()}/sections/${key}" novalidate>
  <@f.csrf/>
  <input type="hidden" name="base_revision" value="${baseRevision?c}">
  <@f.textarea name="body" label="Text" value=body rows=18 hint="Simple formatting: a blank line starts a new paragraph; **bold**, *italic*, lists starting with - or 1., ### for a sub-heading, > for a quotation." errors=errors/>
  <@f.button "Save"/>
</form>
</#if>
<#if preview?has_content>
<h2 class="govuk-heading-m">How it reads in the plan</h2>
<div class="govuk-inset-text yh-narrative">${preview?no_esc}</div>
</#if>
<h2 class="govuk-heading-m">History</h2>
<#if history?has_content>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Revision</th><th scope="col" class="govuk-table__header">Written by</th><th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Text</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list history as h><tr class="govuk-table__row"><td class="govuk-table__cell">${h.revision()}</td><td class="govuk-table__cell">${h.changedName()!h.changedBy()}</td><td class="govuk-table__cell">${h.changedAt()}</td><td class="govuk-table__cell govuk-body-s">${h.body()?truncate(300)}</td></tr></#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">Nothing written yet.</p>
</#if>
</@layout.page>
