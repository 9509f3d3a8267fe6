<#-- "Offences and outcomes" tab of the child record (model: sections.offences). -->
<#import "../_forms.ftl" as f>
<#assign tab = sections.offences>
<#macro changeHearing h><#if f.canEdit(shell)> <a class="govuk-link govuk-body-s" href="/children/${child.id}/hearings/${h.id}/edit"><#if h.result??>Change<#else>Change or record the result</#if><span class="govuk-visually-hidden"> of the hearing on ${f.d(h.hearingDate)}</span></a></#if></#macro>
<h2 class="govuk-heading-m">Offences and outcomes</h2>
<#if f.canEdit(shell)>
<div class="govuk-button-group">
  <a href="/children/${child.id}/offences/new" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Add an offence</a>
  <a class="govuk-link" href="/children/${child.id}/hearings/new">Add a court hearing</a>
</div>
</#if>
<#if tab.offences?has_content>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Offence</th>
    <th scope="col" class="govuk-table__header">Date (age)</th>
    <th scope="col" class="govuk-table__header">Category</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Gravity</th>
    <th scope="col" class="govuk-table__header">Outcome</th>
    <th scope="col" class="govuk-table__header">Hearings</th>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list tab.offences as o>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${o.offenceRef}<#if o.seriousViolence> <strong class="govuk-tag govuk-tag--red">Serious violence</strong></#if></td>
      <td class="govuk-table__cell">${f.d(o.offenceDate)} (${o.ageAtOffence})</td>
      <td class="govuk-table__cell">${o.category}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${o.gravityScore}</td>
      <td class="govuk-table__cell">
        <#if o.outcome??>
          <strong>${o.outcome.outcomeCode}</strong> ${o.outcome.outcomeLabel}, ${f.d(o.outcome.outcomeDate)}
          <#if o.outcome.releaseDate??><br>Released ${f.d(o.outcome.releaseDate)}</#if>
          <#if o.outcome.court??><br>${o.outcome.court}</#if>
        <#else>
          <strong class="govuk-tag govuk-tag--yellow">Awaiting outcome</strong>
        </#if>
        <#if f.canEdit(shell)><br><a class="govuk-link govuk-body-s" href="/children/${child.id}/offences/${o.id}/outcome"><#if o.outcome??>Change outcome<#else>Record outcome</#if><span class="govuk-visually-hidden"> of ${o.offenceRef}</span></a></#if>
      </td>
      <td class="govuk-table__cell">
        <#list o.hearings as h>${f.d(h.hearingDate)} ${h.hearingType?replace("_", " ")}<#if h.result??>: ${h.result}</#if> (${h.court})<@changeHearing h/><#sep><br></#list>
      </td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No offences recorded.</p>
</#if>
<#if tab.otherHearings?has_content>
<h3 class="govuk-heading-s">Other hearings</h3>
<ul class="govuk-list">
<#list tab.otherHearings as h><li>${f.d(h.hearingDate)} ${h.hearingType?replace("_", " ")}<#if h.result??>: ${h.result}</#if> (${h.court})<@changeHearing h/></li></#list>
</ul>
</#if>
