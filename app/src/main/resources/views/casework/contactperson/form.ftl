<#import "../_forms.ftl" as f>
<#assign editing = person??>
<#assign who = "">
<#if editing><#assign who = (person.kind == "parent_carer")?then("parent or carer", "professional")></#if>
<@f.recordForm title=editing?then((person.name)!"", "Add a parent, carer or professional") child=child action=editing?then("/children/${child.id}/contact-people/${(person.id)!}", "/children/${child.id}/contact-people") tab="summary" errors=errors deleteWhat=who version=values.version!"" deleteWarning="Remove them only if they were entered in error or are no longer involved with the child.">
  <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <@f.radios name="kind" label="Who" options=[["parent_carer", "Parent or carer"], ["professional", "Professional"]] values=values errors=errors/>
  <@f.text name="name" label="Name" values=values errors=errors/>
  <@f.text name="relationship" label="Relationship or role" hint="For example mother, foster carer, social worker" values=values errors=errors/>
  <@f.text name="organisation" label="Organisation (professionals)" values=values errors=errors/>
  <@f.text name="phone" label="Phone" values=values errors=errors width="govuk-input--width-20" type="tel"/>
  <@f.text name="email" label="Email" values=values errors=errors type="email"/>
  <@f.textarea name="address" label="Address" values=values errors=errors/>
  <@f.yesNo name="parental_responsibility" label="Parental responsibility" values=values errors=errors/>
  <@f.textarea name="notes" label="Notes (optional)" values=values errors=errors/>
</@f.recordForm>
