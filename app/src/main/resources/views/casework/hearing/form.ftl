<#import "../_forms.ftl" as f>
<#assign editing = hearing??>
<#assign offenceOptions = [["", "Not about one offence"]]>
<#list offences as o><#assign offenceOptions = offenceOptions + [[o.id?string, o.offenceRef + " (" + f.d(o.offenceDate) + ")"]]></#list>
<@f.recordForm title=editing?then("Court hearing on " + f.d((hearing.hearingDate)!""), "Add a court hearing") child=child action=editing?then("/children/${child.id}/hearings/${(hearing.id)!}", "/children/${child.id}/hearings") tab="offences" errors=errors deleteWhat=editing?then("hearing", "") version=values.version!"">
  <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <@f.select name="offence_id" label="Offence" options=offenceOptions values=values errors=errors/>
  <@f.date name="hearing_date" label="Hearing date" values=values errors=errors/>
  <@f.text name="court" label="Court" values=values errors=errors width="govuk-!-width-two-thirds"/>
  <@f.select name="hearing_type" label="Type of hearing" options=[["", "Choose"], ["first_appearance", "First appearance"], ["plea", "Plea"], ["trial", "Trial"], ["sentence", "Sentence"], ["remand", "Remand"], ["review", "Review"], ["breach", "Breach"], ["appeal", "Appeal"], ["other", "Other"]] values=values errors=errors/>
  <@f.select name="result" label="Result (when known)" options=[["", "Not yet known"], ["adjourned", "Adjourned"], ["bail", "Bail"], ["remanded", "Remanded"], ["convicted", "Convicted"], ["acquitted", "Acquitted"], ["sentenced", "Sentenced"], ["withdrawn", "Withdrawn"], ["other", "Other"]] values=values errors=errors/>
  <@f.textarea name="notes" label="Notes (optional)" values=values errors=errors/>
</@f.recordForm>
