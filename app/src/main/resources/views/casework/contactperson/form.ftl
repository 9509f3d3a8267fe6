<#import "../_forms.ftl" as f>
<@f.recordForm title="Add a parent, carer or professional" child=child action="/children/${child.id}/contact-people" tab="summary" errors=errors>
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
