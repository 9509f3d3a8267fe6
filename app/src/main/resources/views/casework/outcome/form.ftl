<#import "../_forms.ftl" as f>
<@f.recordForm title="Outcome of offence ${offence.offenceRef}" child=child action="/children/${child.id}/offences/${offence.id}/outcome" tab="offences" errors=errors>
  <p class="govuk-body">Offence on ${f.d(offence.offenceDate)}: ${offence.category?replace("_", " ")} (gravity ${offence.gravityScore}).</p>
  <#if values.version??><input type="hidden" name="version" value="${values.version}"></#if>
  <#if errors.version??><p class="govuk-error-message" id="version">${errors.version}</p></#if>
  <@f.select name="outcome_code" label="Outcome" options=f.codeOptions(outcomeCodes) values=values errors=errors/>
  <@f.date name="outcome_date" label="Outcome date" hint="Not before the offence date" values=values errors=errors/>
  <@f.date name="release_date" label="Release date (custodial outcomes only)" values=values errors=errors/>
  <@f.text name="court" label="Court (optional)" values=values errors=errors/>
</@f.recordForm>
