<#import "../_forms.ftl" as f>
<#assign editing = childStatus??>
<@f.recordForm title=editing?then("Correct a change of circumstances", "Record a change of circumstances") child=child action=editing?then("/children/${child.id}/statuses/${(childStatus.id)!}", "/children/${child.id}/statuses") tab="statuses" errors=errors deleteWhat=editing?then("status", "") version=values.version!"">
  <#if editing>
  <input type="hidden" name="version" value="${values.version!""}">
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <p class="govuk-body">Correct this change only if it was recorded wrongly. When circumstances change again, record a new change instead.</p>
  </#if>
  <div class="govuk-form-group<#if errors.status?? || errors.kind?? || errors.value??> govuk-form-group--error</#if>">
    <label class="govuk-label govuk-label--s" for="status"><#if editing>Status<#else>New status</#if></label>
    <#list ["status", "kind", "value"] as e><#if errors[e]??><p class="govuk-error-message" id="${e}"><span class="govuk-visually-hidden">Error:</span> ${errors[e]}</p></#if></#list>
    <select class="govuk-select" id="status" name="status">
      <option value="">Choose</option>
      <#list kindValues as k, options>
      <optgroup label="${kinds[k]}">
        <#list options as o><option value="${k}:${o[0]}"<#if (values.status!"") == k + ":" + o[0]> selected</#if>>${kinds[k]}: ${o[1]}</option></#list>
      </optgroup>
      </#list>
    </select>
  </div>
  <@f.date name="effective_date" label="From" values=values errors=errors/>
  <@f.text name="hours" label="Hours a week (education, training or employment)" values=values errors=errors width="govuk-input--width-4"/>
  <@f.textarea name="notes" label="Notes (optional)" values=values errors=errors/>
</@f.recordForm>
