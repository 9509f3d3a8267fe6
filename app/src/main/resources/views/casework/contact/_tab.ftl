<#import "../_forms.ftl" as cf>
<#import "../contact/_labels.ftl" as cl>
<#assign contactTab = sections["contacts"]>
<#assign cc = contactTab.compliance>
<h2 class="govuk-heading-m">Contacts</h2>
<#if cf.canEdit(shell)><a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/children/${child.id}/contacts/new">Schedule or record a contact</a></#if>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Scaled approach level</dt>
    <dd class="govuk-summary-list__value">${cc.level?cap_first}<#if cc.levelSource == "default"> (no countersigned assessment yet: standard applies)</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Contacts this month</dt>
    <dd class="govuk-summary-list__value">${cc.attendedThisMonth} attended of at least ${cc.minimumPerMonth}<#if cc.firstThreeMonths> (first 3 months of the order)</#if>
      <#if cc.belowMinimum> <strong class="govuk-tag govuk-tag--orange">Below minimum</strong><#else> <strong class="govuk-tag govuk-tag--green">Met</strong></#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Follow-ups overdue</dt>
    <dd class="govuk-summary-list__value">${cc.followUpsOverdue}<#if (cc.followUpsOverdue > 0)> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if></dd></div>
  <#list cc.orders as o>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Unacceptable absences<#if o.interventionRef??>, order ${o.interventionRef}<#else>, outside any order</#if></dt>
    <dd class="govuk-summary-list__value">${o.unacceptableAbsences} (warning at ${o.warningAt}, breach consideration at ${o.breachAt})<#if o.enforcement??> <strong class="govuk-tag govuk-tag--red">${cl.enforcement(o.enforcement)}</strong></#if></dd></div>
  </#list>
</dl>
<#if contactTab.contacts?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">Contacts, latest first</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">When</th><th scope="col" class="govuk-table__header">Type</th>
    <th scope="col" class="govuk-table__header">With</th><th scope="col" class="govuk-table__header">Outcome</th>
    <th scope="col" class="govuk-table__header">Follow-up</th></tr></thead>
  <tbody class="govuk-table__body">
  <#list contactTab.contacts as c>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><#if cf.canEdit(shell)><a class="govuk-link" href="/children/${child.id}/contacts/${c.id}/edit">${c.contactAt?string?replace("T", " ")}</a><#else>${c.contactAt?string?replace("T", " ")}</#if></td>
      <td class="govuk-table__cell">${cl.type(c.contactType)}</td>
      <td class="govuk-table__cell">${c.withWhom!""}</td>
      <td class="govuk-table__cell"><strong class="govuk-tag ${cl.outcomeTag(c.outcome!"")}">${cl.outcome(c.outcome!"")}</strong><#if c.enforcement??> ${cl.enforcement(c.enforcement)}<#if c.enforcementAction??>: ${cl.enforcementAction(c.enforcementAction)?lower_case} ${cf.d(c.enforcementOn)}</#if><#if c.enforcementDue> <strong class="govuk-tag govuk-tag--red">Step to record</strong></#if></#if></td>
      <td class="govuk-table__cell"><#if c.followedUpOn??>Done ${cf.d(c.followedUpOn)}<#elseif c.followUpDue??>Due ${cf.d(c.followUpDue)}<#if c.followUpOverdue> <strong class="govuk-tag govuk-tag--red">Overdue</strong></#if></#if></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">No contacts yet.</p>
</#if>
