<#import "../_forms.ftl" as f>
<#assign editing = remand??>
<@f.recordForm title=editing?then("Remand " + (remand.remandRef)!"", "Add a remand") child=child action=editing?then("/children/${child.id}/remands/${(remand.id)!}", "/children/${child.id}/remands") tab="orders" errors=errors deleteWhat=editing?then("remand", "") version=values.version!"">
  <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <@f.text name="remand_ref" label="Reference" hint="Unique in your YOT, for example ${child.childRef}-R1" values=values errors=errors width="govuk-input--width-20"/>
  <@f.radios name="placement" label="Placement" inline=false options=[["LAA", "Local authority accommodation (LAA)"], ["SCH", "Secure children's home (SCH)"], ["STC", "Secure training centre (STC)"], ["YOI", "Young offender institution (YOI)"]] values=values errors=errors/>
  <@f.date name="start_date" label="Start date" values=values errors=errors/>
  <@f.date name="end_date" label="End date (empty while the remand continues)" values=values errors=errors/>
</@f.recordForm>
