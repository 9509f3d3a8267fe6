<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#assign title = editing?then("Edit assessment", "Start an assessment")>
<@layout.page title=title + " – " + child.displayName()>
<a href="<#if editing>/children/${child.id}/assessments/${assessment.id}<#else>/children/${child.id}#assessments</#if>" class="govuk-back-link">Back</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <@layout.errorSummary errors=errors/>
    <span class="govuk-caption-l">${child.displayName()} (${child.childRef})</span>
    <h1 class="govuk-heading-l">${title}</h1>
    <#if editing && assessment.locked>
    <div class="govuk-inset-text">Version ${assessment.versionNo} is countersigned and locked. Saving creates version ${assessment.versionNo + 1} as a draft; version ${assessment.versionNo} stays in the history.</div>
    </#if>
    <form method="post" action="<#if editing>/children/${child.id}/assessments/${assessment.id}<#else>/children/${child.id}/assessments</#if>" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
      <@f.radios name="tool" label="Assessment tool" options=[["asset_plus","AssetPlus"],["pdat","PDAT (out-of-court and prevention)"]] values=values errors=errors/>
      <@f.date name="assessment_date" label="Assessment date" values=values errors=errors/>
      <h2 class="govuk-heading-m">Ratings</h2>
      <@f.radios name="likelihood_of_reoffending" label="Likelihood of reoffending" options=[["low","Low"],["medium","Medium"],["high","High"]] values=values errors=errors/>
      <@f.radios name="risk_of_serious_harm" label="Risk of serious harm to others (ROSH)" options=[["low","Low"],["medium","Medium"],["high","High"],["very_high","Very high"]] values=values errors=errors/>
      <@f.radios name="safety_and_wellbeing" label="Safety and wellbeing" options=[["low","Low"],["medium","Medium"],["high","High"],["very_high","Very high"]] values=values errors=errors/>
      <@f.radios name="mappa_level" label="MAPPA level" options=[["none","Not eligible"],["1","Level 1"],["2","Level 2"],["3","Level 3"]] values=values errors=errors/>
      <@f.text name="asset_score" label="Asset total score (optional)" hint="Old Asset: 12 dynamic factors scored 0 to 4 plus static factors, 0 to 64. AssetPlus only." values=values errors=errors width="govuk-input--width-3"/>
      <h2 class="govuk-heading-m">Factors</h2>
      <p class="govuk-body">Note what lies behind the ratings. Leave a factor blank if it does not apply.</p>
      <#list factors as factor>
      <@f.textarea name="factor_" + factor[0] label=factor[1] values=values errors=errors/>
      </#list>
      <@f.textarea name="summary" label="Summary (optional)" values=values errors=errors/>
      <h2 class="govuk-heading-m">Scaled approach level</h2>
      <p class="govuk-body">The level is computed from the Asset score band and ROSH: standard for a score of 0 to 14 and ROSH low; enhanced for 15 to 32 or ROSH medium or high; intensive for 33 to 64 or ROSH very high.<#if editing && assessment.computedLevel??> Computed now: <strong>${assessment.computedLevel?cap_first}</strong>.</#if></p>
      <@f.select name="override_level" label="Override the computed level (optional)" options=[["","Use the computed level"],["standard","Standard"],["enhanced","Enhanced"],["intensive","Intensive"]] values=values errors=errors/>
      <@f.textarea name="override_reason" label="Reason for the override" hint="Required when you override the level" values=values errors=errors/>
      <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">Save as draft</button>
        <a class="govuk-link" href="/children/${child.id}#assessments">Cancel</a>
      </div>
    </form>
  </div>
</div>
</@layout.page>
