<#-- "Statuses" tab of the child record (model: sections.statuses). -->
<#import "../_forms.ftl" as f>
<#assign tab = sections.statuses>
<h2 class="govuk-heading-m">Current circumstances</h2>
<#if f.canEdit(shell)>
<p class="govuk-body"><a href="/children/${child.id}/statuses/new" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record a change</a></p>
</#if>
<#if tab.current?has_content>
<dl class="govuk-summary-list">
<#list tab.current as s>
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key">${s.kindLabel}</dt>
    <dd class="govuk-summary-list__value">${s.valueLabel}<#if s.hours??>, ${s.hours} hours a week</#if><#if s.suitable??> · <strong class="govuk-tag ${s.suitable?then("govuk-tag--green","govuk-tag--red")}">${s.suitable?then("Suitable","Not suitable")}</strong></#if></dd>
    <dd class="govuk-summary-list__actions govuk-body-s">since ${f.d(s.effectiveDate)}<#if f.canEdit(shell)><br><a class="govuk-link" href="/children/${child.id}/statuses/${s.id}/edit">Correct<span class="govuk-visually-hidden"> ${s.kindLabel} from ${f.d(s.effectiveDate)}</span></a></#if></dd>
  </div>
</#list>
</dl>
<#else>
<p class="govuk-body">No statuses recorded.</p>
</#if>
<#if tab.history?has_content>
<details class="govuk-details">
  <summary class="govuk-details__summary"><span class="govuk-details__summary-text">All changes (${tab.history?size})</span></summary>
  <div class="govuk-details__text">
    <table class="govuk-table">
      <thead class="govuk-table__head"><tr class="govuk-table__row">
        <th scope="col" class="govuk-table__header">From</th><th scope="col" class="govuk-table__header">What</th><th scope="col" class="govuk-table__header">Status</th>
        <#if f.canEdit(shell)><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Correct</span></th></#if>
      </tr></thead>
      <tbody class="govuk-table__body">
      <#list tab.history as s>
        <tr class="govuk-table__row"><td class="govuk-table__cell">${f.d(s.effectiveDate)}</td><td class="govuk-table__cell">${s.kindLabel}</td>
          <td class="govuk-table__cell">${s.valueLabel}<#if s.hours??>, ${s.hours} hours</#if></td>
          <#if f.canEdit(shell)><td class="govuk-table__cell"><a class="govuk-link" href="/children/${child.id}/statuses/${s.id}/edit">Correct<span class="govuk-visually-hidden"> ${s.kindLabel} from ${f.d(s.effectiveDate)}</span></a></td></#if></tr>
      </#list>
      </tbody>
    </table>
  </div>
</details>
</#if>
