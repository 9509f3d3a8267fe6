<#-- GOV.UK form fields with their error message, for the plans pages. -->
<#macro input name label value="" type="text" hint="" width="" errors={}>
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
  <label class="govuk-label" for="${name}">${label}</label>
  <#if hint?has_content><div class="govuk-hint">${hint}</div></#if>
  <#if errors[name]??><p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors[name]}</p></#if>
  <input class="govuk-input<#if width?has_content> govuk-input--width-${width}</#if><#if errors[name]??> govuk-input--error</#if>" id="${name}" name="${name}" type="${type}" value="${value}">
</div>
</#macro>
<#macro textarea name label value="" rows=5 hint="" errors={}>
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
  <label class="govuk-label" for="${name}">${label}</label>
  <#if hint?has_content><div class="govuk-hint">${hint}</div></#if>
  <#if errors[name]??><p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors[name]}</p></#if>
  <textarea class="govuk-textarea<#if errors[name]??> govuk-textarea--error</#if>" id="${name}" name="${name}" rows="${rows}">${value}</textarea>
</div>
</#macro>
<#macro select name label options value="" errors={}>
<div class="govuk-form-group<#if errors[name]??> govuk-form-group--error</#if>">
  <label class="govuk-label" for="${name}">${label}</label>
  <#if errors[name]??><p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors[name]}</p></#if>
  <select class="govuk-select" id="${name}" name="${name}">
  <#list options as k, v><option value="${k}"<#if k == value> selected</#if>>${v}</option></#list>
  </select>
</div>
</#macro>
<#macro checkbox name label checked=false>
<div class="govuk-form-group"><div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes"><div class="govuk-checkboxes__item">
  <input class="govuk-checkboxes__input" id="${name}" name="${name}" type="checkbox" value="true"<#if checked> checked</#if>>
  <label class="govuk-label govuk-checkboxes__label" for="${name}">${label}</label>
</div></div></div>
</#macro>
<#macro csrf><input type="hidden" name="_csrf" value="${shell.csrfToken}"></#macro>
<#macro button label secondary=false warning=false><button type="submit" class="govuk-button<#if secondary> govuk-button--secondary</#if><#if warning> govuk-button--warning</#if>" data-module="govuk-button">${label}</button></#macro>
<#macro tag status><strong class="govuk-tag<#switch status><#case "draft"> govuk-tag--grey<#break><#case "submitted"> govuk-tag--blue<#break><#case "approved"> govuk-tag--green<#break><#case "published"> govuk-tag--purple<#break><#default> govuk-tag--grey</#switch>">${status?cap_first}</strong></#macro>
