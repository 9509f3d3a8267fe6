<#-- "At a glance" panel of the summary tab, from the other tabs' sections (each optional). -->
<#assign offenceList = (sections.offences.offences)![]>
<#assign decided = offenceList?filter(o -> o.outcome??)>
<#assign current = ((sections.orders.interventions)![])?filter(i -> !i.endDate??)>
<#assign now = ((sections.statuses.current)![])>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-one-third">
    <div class="govuk-inset-text govuk-!-margin-top-0">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">Offences</h3>
      <p class="govuk-body govuk-!-margin-bottom-1"><span class="govuk-!-font-size-36 govuk-!-font-weight-bold">${offenceList?size}</span></p>
      <#if decided?has_content><p class="govuk-body-s">Latest outcome: ${decided[0].outcome.outcomeCode} on ${f.d(decided[0].outcome.outcomeDate)}</p></#if>
    </div>
  </div>
  <div class="govuk-grid-column-one-third">
    <div class="govuk-inset-text govuk-!-margin-top-0">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">Current orders</h3>
      <#if current?has_content>
      <ul class="govuk-list govuk-body-s"><#list current as i><li>${i.outcomeLabel} since ${f.d(i.startDate)}</li></#list></ul>
      <#else><p class="govuk-body-s">None</p></#if>
    </div>
  </div>
  <div class="govuk-grid-column-one-third">
    <div class="govuk-inset-text govuk-!-margin-top-0">
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1">Now</h3>
      <#if now?has_content>
      <ul class="govuk-list govuk-body-s"><#list now?filter(s -> s.kind == "ete" || s.kind == "accommodation") as s><li>${s.kindLabel}: ${s.valueLabel}</li></#list></ul>
      <#else><p class="govuk-body-s">No statuses recorded</p></#if>
    </div>
  </div>
</div>
