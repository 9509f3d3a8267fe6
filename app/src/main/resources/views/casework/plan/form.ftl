<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#assign title = editing?then("Edit plan", "Start an intervention plan")>
<@layout.page title=title + " – " + child.displayName()>
<a href="<#if editing>/children/${child.id}/plans/${plan.id}<#else>/children/${child.id}#plans</#if>" class="govuk-back-link">Back</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <@layout.errorSummary errors=errors/>
    <span class="govuk-caption-l">${child.displayName()} (${child.childRef})</span>
    <h1 class="govuk-heading-l">${title}</h1>
    <#if editing && plan.locked>
    <div class="govuk-inset-text">Version ${plan.versionNo} is signed off and locked. Saving creates version ${plan.versionNo + 1} as a draft; version ${plan.versionNo} stays in the history.</div>
    </#if>
    <form method="post" action="<#if editing>/children/${child.id}/plans/${plan.id}<#else>/children/${child.id}/plans</#if>" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
      <@f.date name="plan_date" label="Plan date" values=values errors=errors/>
      <@f.textarea name="summary" label="Summary (optional)" values=values errors=errors/>
      <h2 class="govuk-heading-m">Objectives</h2>
      <p class="govuk-body">What will be done, by whom and by when. Leave a row blank to skip it.</p>
      <#list 1..rows as i>
      <#assign p = "objective_" + i + "_">
      <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Objective ${i}</legend>
        <@f.textarea name=p + "what" label="What" values=values errors=errors/>
        <@f.text name=p + "by_whom" label="By whom" values=values errors=errors/>
        <@f.date name=p + "by_when" label="By when" values=values errors=errors hint="For example, 30 4 2026"/>
        <@f.select name=p + "status" label="Progress" options=[["not_started","Not started"],["in_progress","In progress"],["achieved","Achieved"],["not_achieved","Not achieved"]] values=values errors=errors/>
      </fieldset>
      </#list>
      <h2 class="govuk-heading-m">Contingency</h2>
      <@f.textarea name="safety_contingency" label="Safety and wellbeing contingency" hint="What will be done if the child's safety or wellbeing gets worse" values=values errors=errors/>
      <@f.textarea name="risk_contingency" label="Risk of serious harm contingency" hint="What will be done if the risk to others increases" values=values errors=errors/>
      <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">Save as draft</button>
        <a class="govuk-link" href="/children/${child.id}#plans">Cancel</a>
      </div>
    </form>
  </div>
</div>
</@layout.page>
