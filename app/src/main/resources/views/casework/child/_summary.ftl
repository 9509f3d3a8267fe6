<#-- Summary tab of the child record: details, circumstances, allocation, parents/carers and professionals. -->
<#include "_glance.ftl">
<h2 class="govuk-heading-m">Details</h2>
<dl class="govuk-summary-list">
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reference</dt><dd class="govuk-summary-list__value">${child.childRef}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Name</dt><dd class="govuk-summary-list__value">${child.givenName!""} ${child.familyName!""}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Date of birth</dt><dd class="govuk-summary-list__value">${f.d(child.dateOfBirth)} (age ${child.age})</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Sex</dt><dd class="govuk-summary-list__value">${f.sexLabel(child.sex)}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Ethnic group</dt><dd class="govuk-summary-list__value">${child.ethnicity}<#if child.ethnicityDetail??> (${child.ethnicityDetail})</#if></dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Postcode district</dt><dd class="govuk-summary-list__value">${child.postcodeDistrict!"Not known"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">School or college</dt><dd class="govuk-summary-list__value">${child.school!"Not known"}</dd></div>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Case opened</dt><dd class="govuk-summary-list__value">${f.d(child.openedOn!)}<#if child.closedOn??>, closed ${f.d(child.closedOn!)}</#if></dd></div>
</dl>
<h3 class="govuk-heading-s">Circumstances</h3>
<dl class="govuk-summary-list govuk-summary-list--no-border">
  <#list [["Looked after", child.lookedAfter!], ["Child in need", child.childInNeed!], ["Child protection plan", child.childProtectionPlan!],
          ["Early help", child.earlyHelp!], ["SEND identified", child.sendIdentified!], ["Formal SEND plan", child.sendFormalPlan!],
          ["Speech, language or communication need", child.speechLanguageNeed!], ["Care leaver", child.careLeaver!]] as flag>
  <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${flag[0]}</dt><dd class="govuk-summary-list__value"><#if flag[1]?is_boolean>${flag[1]?then("Yes","No")}<#else>Not known</#if></dd></div>
  </#list>
</dl>
<#if f.canEdit(shell)><p class="govuk-body"><a class="govuk-link" href="/children/${child.id}/edit">Edit details<span class="govuk-visually-hidden"> of ${child.displayName()}</span></a></p></#if>

<h3 class="govuk-heading-s">Case manager</h3>
<p class="govuk-body">${child.caseManagerName!"Not allocated"}</p>
<#if f.canAllocate(shell)>
<form method="post" action="/children/${child.id}/allocation" class="govuk-!-margin-bottom-6">
  <input type="hidden" name="_csrf" value="${shell.csrfToken}">
  <input type="hidden" name="version" value="${child.version}">
  <div class="govuk-form-group">
    <label class="govuk-label" for="case_manager_id">Allocate to</label>
    <select class="govuk-select" id="case_manager_id" name="case_manager_id">
      <option value="">Not allocated</option>
      <#list caseHolders as s>
      <option value="${s.id}"<#if (child.caseManagerId!"")?string == s.id?string> selected</#if>>${s.name}</option>
      </#list>
    </select>
    <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button"><#if child.caseManagerId??>Reallocate<#else>Allocate</#if></button>
  </div>
</form>
</#if>

<h3 class="govuk-heading-s">Parents, carers and professionals</h3>
<#if f.canEdit(shell)><p class="govuk-body"><a class="govuk-link" href="/children/${child.id}/contact-people/new">Add a parent, carer or professional</a></p></#if>
<#if people?has_content>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Name</th><th scope="col" class="govuk-table__header">Role</th>
    <th scope="col" class="govuk-table__header">Organisation</th><th scope="col" class="govuk-table__header">Phone</th>
    <th scope="col" class="govuk-table__header">Email</th>
    <#if f.canEdit(shell)><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th></#if>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list people as p>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${p.name}<#if p.parentalResponsibility!false> <strong class="govuk-tag govuk-tag--blue">Parental responsibility</strong></#if></td>
      <td class="govuk-table__cell">${(p.kind == "parent_carer")?then("Parent or carer", "Professional")}<#if p.relationship??>: ${p.relationship}</#if></td>
      <td class="govuk-table__cell">${p.organisation!""}</td>
      <td class="govuk-table__cell">${p.phone!""}</td>
      <td class="govuk-table__cell">${p.email!""}</td>
      <#if f.canEdit(shell)><td class="govuk-table__cell"><a class="govuk-link" href="/children/${child.id}/contact-people/${p.id}/edit">Change<span class="govuk-visually-hidden"> ${p.name}</span></a></td></#if>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body">None recorded.</p>
</#if>
