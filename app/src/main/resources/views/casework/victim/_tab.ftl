<#-- "Victims" tab of the child record (model: sections.victims). -->
<#import "../_forms.ftl" as f>
<h2 class="govuk-heading-m">Victims and restorative justice</h2>
<#if f.canEdit(shell) && (sections.offences.offences)?has_content>
<p class="govuk-body"><a href="/children/${child.id}/victims/new" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Add a victim</a></p>
</#if>
<#if sections.victims?has_content>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Victim</th><th scope="col" class="govuk-table__header">Offence</th>
    <th scope="col" class="govuk-table__header">Consented to contact</th><th scope="col" class="govuk-table__header">RJ offered</th>
    <th scope="col" class="govuk-table__header">Took part</th><th scope="col" class="govuk-table__header">Satisfied</th>
    <#if f.canEdit(shell)><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th></#if>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list sections.victims as v>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${v.victimRef}</td><td class="govuk-table__cell">${v.offenceRef}</td>
      <td class="govuk-table__cell">${f.yn(v.consentedToContact!)}</td><td class="govuk-table__cell">${f.yn(v.offeredRj!)}</td>
      <td class="govuk-table__cell">${f.yn(v.engagedRj!)}<#if v.rjType??>: ${v.rjTypeLabel}</#if></td>
      <td class="govuk-table__cell">${f.yn(v.satisfied!)}</td>
      <#if f.canEdit(shell)><td class="govuk-table__cell"><a class="govuk-link" href="/children/${child.id}/victims/${v.id}/edit">Change<span class="govuk-visually-hidden"> victim ${v.victimRef}</span></a></td></#if>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No victims recorded.</p>
</#if>
