<#-- Form macros shared by casework pages: GOV.UK text inputs, date inputs, radios and selects.
     values: map of submitted/prefilled strings; errors: map of field -> message. -->
<#macro group name errors>
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
<#nested>
</div>
</#macro>

<#macro errorMessage name errors>
<#if errors[name]??><p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors[name]}</p></#if>
</#macro>

<#macro text name label values errors hint="" width="govuk-input--width-20" type="text">
<@group name=name errors=errors>
  <label class="govuk-label govuk-label--s" for="${name}">${label}</label>
  <#if hint?has_content><div class="govuk-hint" id="${name}-hint">${hint}</div></#if>
  <@errorMessage name=name errors=errors/>
  <input class="govuk-input ${width}<#if errors[name]??> govuk-input--error</#if>" id="${name}" name="${name}" type="${type}" value="${values[name]!""}"<#if hint?has_content> aria-describedby="${name}-hint"</#if>>
</@group>
</#macro>

<#macro textarea name label values errors hint="">
<@group name=name errors=errors>
  <label class="govuk-label govuk-label--s" for="${name}">${label}</label>
  <#if hint?has_content><div class="govuk-hint" id="${name}-hint">${hint}</div></#if>
  <@errorMessage name=name errors=errors/>
  <textarea class="govuk-textarea<#if errors[name]??> govuk-textarea--error</#if>" id="${name}" name="${name}" rows="3">${values[name]!""}</textarea>
</@group>
</#macro>

<#macro date name label values errors hint="For example, 27 3 2009">
<@group name=name errors=errors>
  <fieldset class="govuk-fieldset" role="group" aria-describedby="${name}-hint">
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${label}</legend>
    <div class="govuk-hint" id="${name}-hint">${hint}</div>
    <@errorMessage name=name errors=errors/>
    <div class="govuk-date-input" id="${name}">
      <#list [["day","Day","2"],["month","Month","2"],["year","Year","4"]] as part>
      <div class="govuk-date-input__item">
        <div class="govuk-form-group">
          <label class="govuk-label govuk-date-input__label" for="${name}-${part[0]}">${part[1]}</label>
          <input class="govuk-input govuk-date-input__input govuk-input--width-${part[2]}<#if errors[name]??> govuk-input--error</#if>" id="${name}-${part[0]}" name="${name}-${part[0]}" type="text" inputmode="numeric" value="${values[name + "-" + part[0]]!""}">
        </div>
      </div>
      </#list>
    </div>
  </fieldset>
</@group>
</#macro>

<#-- Radios from a list of [value, label] pairs. -->
<#macro radios name label options values errors inline=true hint="">
<@group name=name errors=errors>
  <fieldset class="govuk-fieldset"<#if hint?has_content> aria-describedby="${name}-hint"</#if>>
    <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${label}</legend>
    <#if hint?has_content><div class="govuk-hint" id="${name}-hint">${hint}</div></#if>
    <@errorMessage name=name errors=errors/>
    <div class="govuk-radios<#if inline> govuk-radios--inline</#if> govuk-radios--small" data-module="govuk-radios" id="${name}">
      <#list options as o>
      <div class="govuk-radios__item">
        <input class="govuk-radios__input" id="${name}-${o?index}" name="${name}" type="radio" value="${o[0]}"<#if (values[name]!"") == o[0]> checked</#if>>
        <label class="govuk-label govuk-radios__label" for="${name}-${o?index}">${o[1]}</label>
      </div>
      </#list>
    </div>
  </fieldset>
</@group>
</#macro>

<#macro yesNo name label values errors hint="">
<@radios name=name label=label options=[["true","Yes"],["false","No"],["","Not known"]] values=values errors=errors hint=hint/>
</#macro>

<#macro select name label options values errors hint="">
<@group name=name errors=errors>
  <label class="govuk-label govuk-label--s" for="${name}">${label}</label>
  <#if hint?has_content><div class="govuk-hint" id="${name}-hint">${hint}</div></#if>
  <@errorMessage name=name errors=errors/>
  <select class="govuk-select<#if errors[name]??> govuk-select--error</#if>" id="${name}" name="${name}">
    <#list options as o>
    <option value="${o[0]}"<#if (values[name]!"") == o[0]> selected</#if>>${o[1]}</option>
    </#list>
  </select>
</@group>
</#macro>

<#-- Display helpers. -->
<#function yn value=""><#if value?is_boolean><#return value?then("Yes", "No")><#else><#return "Not known"></#if></#function>
<#function sexLabel code><#return {"M":"Male","F":"Female","X":"Another term","U":"Not known"}[code]!code></#function>
<#function d value=""><#if value?has_content><#return value?string?date("yyyy-MM-dd")?string("d MMM yyyy")><#else><#return ""></#if></#function>
<#function canEdit shell><#return shell.hasRole("case_manager") || shell.hasRole("team_manager") || shell.hasRole("yot_manager")></#function>
<#function canAllocate shell><#return shell.hasRole("team_manager") || shell.hasRole("yot_manager")></#function>

<#-- The frame of a sub-record form of a child's record: back link, error summary, caption, form;
     on an edit page, deleteWhat (for example "remand") and version add the delete form below it. -->
<#import "../_layout/page.ftl" as layout>
<#macro recordForm title child action tab errors submit="Save" deleteWhat="" version="" deleteWarning="">
<@layout.page title=title>
<a href="/children/${child.id}#${tab}" class="govuk-back-link">Back to ${child.displayName()}</a>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <@layout.errorSummary errors=errors/>
    <span class="govuk-caption-l">${child.displayName()} · ${child.childRef}</span>
    <h1 class="govuk-heading-l">${title}</h1>
    <form method="post" action="${action}" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <#nested>
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">${submit}</button>
        <a class="govuk-link" href="/children/${child.id}#${tab}">Cancel</a>
      </div>
    </form>
    <#if deleteWhat?has_content><@deleteForm action=action + "/delete" what=deleteWhat version=version warning=deleteWarning/></#if>
  </div>
</div>
</@layout.page>
</#macro>

<#-- Deletes a record entered in error: a POST carrying the version the user saw, behind a warning. -->
<#macro deleteForm action what version warning="">
<h2 class="govuk-heading-m govuk-!-margin-top-6">Delete this ${what}</h2>
<div class="govuk-warning-text">
  <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
  <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> <#if warning?has_content>${warning}<#else>Delete it only if it was entered in error.</#if> It is removed from the child's record and cannot be restored.</strong>
</div>
<form method="post" action="${action}" novalidate>
  <input type="hidden" name="_csrf" value="${shell.csrfToken}">
  <input type="hidden" name="version" value="${version}">
  <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Delete ${what}</button>
</form>
</#macro>

<#-- Outcome code options from the taxonomy (model: outcomeCodes). -->
<#function codeOptions codes blank="Choose">
  <#local out = [["", blank]]>
  <#list codes as c><#local out = out + [[c.code, c.code + " – " + c.label]]></#list>
  <#return out>
</#function>
<#assign categories = [["", "Choose"], ["violence_against_the_person", "Violence against the person"], ["robbery", "Robbery"],
  ["theft_and_handling", "Theft and handling"], ["burglary", "Burglary"], ["criminal_damage", "Criminal damage"], ["arson", "Arson"],
  ["drugs", "Drugs"], ["public_order", "Public order"], ["motoring", "Motoring"], ["sexual_offences", "Sexual offences"],
  ["fraud_and_forgery", "Fraud and forgery"], ["breach", "Breach"], ["anti_social_behaviour", "Anti-social behaviour"], ["other", "Other"]]>
