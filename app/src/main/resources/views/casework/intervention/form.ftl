<#import "../_forms.ftl" as f>
<#assign editing = intervention??>
<@f.recordForm title=editing?then("Order " + intervention.interventionRef, "Add an order or intervention") child=child action=editing?then("/children/${child.id}/interventions/${(intervention.id)!}", "/children/${child.id}/interventions") tab="orders" errors=errors>
  <#if editing><input type="hidden" name="version" value="${values.version!""}"></#if>
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <@f.text name="intervention_ref" label="Reference" hint="Unique in your YOT, for example ${child.childRef}-I1" values=values errors=errors width="govuk-input--width-20"/>
  <@f.select name="outcome_code" label="Kind of order or programme" options=f.codeOptions(outcomeCodes) values=values errors=errors/>
  <@f.date name="start_date" label="Start date" values=values errors=errors/>
  <h2 class="govuk-heading-m">Needs</h2>
  <@f.yesNo name="send_identified" label="SEND identified" values=values errors=errors/>
  <@f.yesNo name="send_formal_plan" label="Formal SEND plan (EHCP)" values=values errors=errors/>
  <@f.yesNo name="mh_need" label="Mental health or emotional wellbeing need identified" values=values errors=errors/>
  <@f.yesNo name="mh_intervention_planned" label="Mental health intervention planned" values=values errors=errors/>
  <@f.yesNo name="mh_attending" label="Attending the mental health intervention" values=values errors=errors/>
  <@f.yesNo name="sm_need" label="Substance misuse need identified" values=values errors=errors/>
  <@f.yesNo name="sm_treatment_planned" label="Substance misuse treatment planned" values=values errors=errors/>
  <@f.yesNo name="sm_attending" label="Attending substance misuse treatment" values=values errors=errors/>
  <h2 class="govuk-heading-m">End</h2>
  <p class="govuk-body">Fill in when the order or intervention ends.</p>
  <@f.date name="end_date" label="End date" values=values errors=errors/>
  <@f.select name="end_reason" label="How it ended" options=[["", "Not ended"], ["completed", "Completed"], ["revoked", "Revoked"], ["breached", "Breached"], ["transferred", "Transferred"]] values=values errors=errors/>
  <@f.select name="ete_status_at_end" label="Education, training or employment at the end" options=[["", "Not recorded"], ["education", "Education"], ["training", "Training"], ["employment", "Employment"], ["re_engagement", "Re-engagement"], ["custody", "Custody"], ["neet", "Not in education, training or employment"], ["unknown", "Not known"]] values=values errors=errors/>
  <@f.text name="ete_hours_at_end" label="Hours a week at the end" hint="Suitable: at least 25 hours under 16, at least 16 hours from 16" values=values errors=errors width="govuk-input--width-4"/>
  <@f.yesNo name="accommodation_suitable_at_end" label="Suitable accommodation at the end" values=values errors=errors/>
  <@f.yesNo name="early_help_at_end" label="Early help at the end" values=values errors=errors/>
  <@f.yesNo name="child_in_need_at_end" label="Child in need at the end" values=values errors=errors/>
  <@f.yesNo name="child_protection_plan_at_end" label="Child protection plan at the end" values=values errors=errors/>
  <@f.yesNo name="looked_after_at_end" label="Looked after at the end" values=values errors=errors/>
</@f.recordForm>
