<#import "../_forms.ftl" as f>
<@f.recordForm title="Add an offence" child=child action="/children/${child.id}/offences" tab="offences" errors=errors>
  <@f.text name="offence_ref" label="Offence reference" hint="Unique in your YOT, for example ${child.childRef}-O1" values=values errors=errors width="govuk-input--width-20"/>
  <@f.date name="offence_date" label="Date of the offence" hint="The child must have been at least 10 on this date" values=values errors=errors/>
  <@f.select name="category" label="Category" options=f.categories values=values errors=errors/>
  <@f.radios name="gravity_score" label="Gravity score" options=[["1","1"],["2","2"],["3","3"],["4","4"],["5","5"],["6","6"],["7","7"],["8","8"]] values=values errors=errors/>
  <@f.radios name="serious_violence" label="Serious violence offence" options=[["true","Yes"],["false","No"]] values=values errors=errors/>
  <@f.textarea name="description" label="Description (optional)" values=values errors=errors/>
  <h2 class="govuk-heading-m">Outcome</h2>
  <p class="govuk-body">Leave the outcome empty while it is awaited.</p>
  <@f.select name="outcome_code" label="Outcome" options=f.codeOptions(outcomeCodes, "Awaiting outcome") values=values errors=errors/>
  <@f.date name="outcome_date" label="Outcome date" values=values errors=errors/>
  <@f.date name="release_date" label="Release date (custodial outcomes only)" values=values errors=errors/>
  <@f.text name="court" label="Court (optional)" values=values errors=errors/>
</@f.recordForm>
