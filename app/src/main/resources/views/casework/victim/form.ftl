<#import "../_forms.ftl" as f>
<#assign editing = victim??>
<#if !editing>
<#assign offenceOptions = [["", "Choose"]]>
<#list offences as o><#assign offenceOptions = offenceOptions + [[o.id?string, o.offenceRef + " (" + f.d(o.offenceDate) + ", " + o.category?replace("_", " ") + ")"]]></#list>
</#if>
<@f.recordForm title=editing?then("Victim " + (victim.victimRef)!"", "Add a victim") child=child action=editing?then("/children/${child.id}/victims/${(victim.id)!}", "/children/${child.id}/victims") tab="victims" errors=errors deleteWhat=editing?then("victim", "") version=values.version!"">
  <p class="govuk-body">Record only a reference for the victim, never their name or contact details.</p>
  <#if editing>
  <input type="hidden" name="version" value="${values.version!""}">
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <p class="govuk-body">Victim of offence ${victim.offenceRef}.</p>
  <#else>
  <@f.select name="offence_id" label="Offence" options=offenceOptions values=values errors=errors/>
  </#if>
  <@f.text name="victim_ref" label="Victim reference" hint="Unique in your YOT" values=values errors=errors width="govuk-input--width-20"/>
  <@f.yesNo name="consented_to_contact" label="Consented to contact" values=values errors=errors/>
  <@f.yesNo name="offered_rj" label="Restorative justice offered" values=values errors=errors/>
  <@f.yesNo name="engaged_rj" label="Took part in restorative justice" values=values errors=errors/>
  <@f.select name="rj_type" label="How they took part" options=[["", "Did not take part"], ["letter", "Letter of explanation"], ["panel", "Panel attendance"], ["direct_reparation", "Direct reparation"], ["indirect_reparation", "Indirect reparation"], ["impact_statement", "Impact statement"], ["shuttle_mediation", "Shuttle mediation"], ["conference", "Restorative conference"]] values=values errors=errors/>
  <@f.yesNo name="satisfied" label="Satisfied" values=values errors=errors/>
</@f.recordForm>
