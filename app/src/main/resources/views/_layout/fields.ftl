<#-- GOV.UK form fields bound to the posted values (fields: name -> text) and the messages
     (errors: name -> message), both keyed by the API's snake_case field names. -->

<#function date value><#if !value?? || !value?has_content><#return "–"></#if><#return value?string?date("yyyy-MM-dd")?string("d MMMM yyyy")></#function>
<#function label code><#return code?replace("_", " ")?cap_first></#function>

<#macro errorMessage name errors>
<#if errors[name]??><p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors[name]}</p></#if>
</#macro>

<#macro described name hint errors><#if hint?has_content || errors[name]??> aria-describedby="<#if hint?has_content>${name}-hint</#if><#if hint?has_content && errors[name]??> </#if><#if errors[name]??>${name}-error</#if>"</#if></#macro>

<#macro text name label fields errors hint="" type="text" width="govuk-!-width-two-thirds" inputmode="">
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
  <label class="govuk-label govuk-label--s" for="${name}">${label}</label>
  <#if hint?has_content><div id="${name}-hint" class="govuk-hint">${hint}</div></#if>
  <@errorMessage name errors/>
  <input class="govuk-input ${width}<#if errors[name]??> govuk-input--error</#if>" id="${name}" name="${name}" type="${type}"<#if inputmode?has_content> inputmode="${inputmode}"</#if> value="${fields[name]!""}"<@described name hint errors/>>
</div>
</#macro>

<#macro textarea name label fields errors hint="" rows=3>
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
  <label class="govuk-label govuk-label--s" for="${name}">${label}</label>
  <#if hint?has_content><div id="${name}-hint" class="govuk-hint">${hint}</div></#if>
  <@errorMessage name errors/>
  <textarea class="govuk-textarea<#if errors[name]??> govuk-textarea--error</#if>" id="${name}" name="${name}" rows="${rows}"<@described name hint errors/>>${fields[name]!""}</textarea>
</div>
</#macro>

<#-- options: a sequence of [value, text] pairs. -->
<#macro select name label options fields errors hint="" blank="">
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
  <label class="govuk-label govuk-label--s" for="${name}">${label}</label>
  <#if hint?has_content><div id="${name}-hint" class="govuk-hint">${hint}</div></#if>
  <@errorMessage name errors/>
  <select class="govuk-select<#if errors[name]??> govuk-select--error</#if>" id="${name}" name="${name}"<@described name hint errors/>>
    <#if blank?has_content><option value="">${blank}</option></#if>
    <#list options as o><option value="${o[0]}"<#if (fields[name]!"") == o[0]> selected</#if>>${o[1]}</option></#list>
  </select>
</div>
</#macro>

<#macro checkbox name label fields>
<div class="govuk-checkboxes__item">
  <input class="govuk-checkboxes__input" id="${name}" name="${name}" type="checkbox" value="true"<#if (fields[name]!"") == "true"> checked</#if>>
  <label class="govuk-label govuk-checkboxes__label" for="${name}">${label}</label>
</div>
</#macro>

<#macro hidden name value><input type="hidden" name="${name}" value="${value}"></#macro>

<#macro csrf><input type="hidden" name="_csrf" value="${shell.csrfToken!}"></#macro>
