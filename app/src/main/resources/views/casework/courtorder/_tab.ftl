<#-- "Orders and remand" tab of the child record (model: sections.orders). -->
<#import "../_forms.ftl" as f>
<#assign tab = sections.orders>
<h2 class="govuk-heading-m">Orders and interventions</h2>
<#if f.canEdit(shell)>
<div class="govuk-button-group">
  <a href="/children/${child.id}/interventions/new" role="button" draggable="false" class="govuk-button govuk-button--secondary" data-module="govuk-button">Add an order or intervention</a>
  <a class="govuk-link" href="/children/${child.id}/remands/new">Add a remand</a>
</div>
</#if>
<#if tab.interventions?has_content>
<#list tab.interventions as i>
<div class="govuk-summary-card">
  <div class="govuk-summary-card__title-wrapper">
    <h3 class="govuk-summary-card__title">${i.outcomeLabel} (${i.outcomeCode}) · ${i.interventionRef}<#if !i.endDate??> <strong class="govuk-tag govuk-tag--blue">Current</strong></#if></h3>
    <#if f.canEdit(shell)>
    <ul class="govuk-summary-card__actions"><li class="govuk-summary-card__action"><a class="govuk-link" href="/children/${child.id}/interventions/${i.id}/edit"><#if i.endDate??>Change<#else>Change or record the end</#if><span class="govuk-visually-hidden"> of ${i.interventionRef}</span></a></li></ul>
    </#if>
  </div>
  <div class="govuk-summary-card__content">
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Dates</dt><dd class="govuk-summary-list__value">${f.d(i.startDate)} to <#if i.endDate??>${f.d(i.endDate)}<#else>ongoing</#if><#if i.endReason??> (${i.endReason})</#if></dd></div>
      <#if i.endDate??>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">ETE at end</dt><dd class="govuk-summary-list__value">${(i.eteStatusAtEnd!"not recorded")?replace("_", " ")}<#if i.eteHoursAtEnd??>, ${i.eteHoursAtEnd} hours a week</#if><#if i.eteSuitableAtEnd??> · <strong class="govuk-tag ${i.eteSuitableAtEnd?then("govuk-tag--green","govuk-tag--red")}">${i.eteSuitableAtEnd?then("Suitable","Not suitable")}</strong></#if></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Accommodation at end</dt><dd class="govuk-summary-list__value"><#if i.accommodationSuitableAtEnd??>${i.accommodationSuitableAtEnd?then("Suitable","Not suitable")}<#else>Not recorded</#if></dd></div>
      </#if>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">SEND</dt><dd class="govuk-summary-list__value">${f.yn(i.sendIdentified!)}<#if i.sendFormalPlan!false>, formal plan</#if></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Mental health</dt><dd class="govuk-summary-list__value">Need ${f.yn(i.mhNeed!)} · planned ${f.yn(i.mhInterventionPlanned!)} · attending ${f.yn(i.mhAttending!)}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Substance misuse</dt><dd class="govuk-summary-list__value">Need ${f.yn(i.smNeed!)} · planned ${f.yn(i.smTreatmentPlanned!)} · attending ${f.yn(i.smAttending!)}</dd></div>
      <#if i.takesRequirements>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Requirements</dt><dd class="govuk-summary-list__value">
        <#if i.requirements?has_content><ul class="govuk-list govuk-list--bullet"><#list i.requirements as r><li>${r.label()}<#if r.detail??>: ${r.detail}</#if></li></#list></ul><#else>None recorded</#if>
      </dd></div>
      </#if>
    </dl>
    <#if i.takesRequirements && f.canEdit(shell)>
    <form method="post" action="/children/${child.id}/interventions/${i.id}/requirements" class="govuk-!-margin-top-2">
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <div class="govuk-form-group govuk-!-margin-bottom-2">
        <label class="govuk-label govuk-label--s" for="requirement-${i.id}">Add a requirement</label>
        <select class="govuk-select" id="requirement-${i.id}" name="requirement">
          <#list ["supervision","activity","curfew","programme","residence","mental_health_treatment","drug_testing","drug_treatment","intoxicating_substance_treatment","education","local_authority_residence","unpaid_work","attendance_centre","prohibited_activity","exclusion","electronic_monitoring","intensive_supervision_and_surveillance","intensive_fostering"] as r>
          <option value="${r}">${r?replace("_", " ")?cap_first}</option>
          </#list>
        </select>
        <input class="govuk-input govuk-input--width-20" name="detail" aria-label="Detail, for example 40 hours" placeholder="Detail, e.g. 40 hours">
        <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Add</button>
      </div>
    </form>
    </#if>
  </div>
</div>
</#list>
<#else>
<p class="govuk-body">No orders or interventions recorded.</p>
</#if>
<h2 class="govuk-heading-m">Remand</h2>
<#if tab.remands?has_content>
<table class="govuk-table">
  <thead class="govuk-table__head"><tr class="govuk-table__row">
    <th scope="col" class="govuk-table__header">Reference</th><th scope="col" class="govuk-table__header">Placement</th>
    <th scope="col" class="govuk-table__header">From</th><th scope="col" class="govuk-table__header">To</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Nights</th>
    <th scope="col" class="govuk-table__header govuk-table__header--numeric">Cost</th>
    <#if f.canEdit(shell)><th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Change</span></th></#if>
  </tr></thead>
  <tbody class="govuk-table__body">
  <#list tab.remands as r>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell">${r.remandRef}</td><td class="govuk-table__cell">${r.placementLabel} (${r.placement})</td>
      <td class="govuk-table__cell">${f.d(r.startDate)}</td><td class="govuk-table__cell"><#if r.endDate??>${f.d(r.endDate)}<#else>ongoing</#if></td>
      <td class="govuk-table__cell govuk-table__cell--numeric">${r.nights}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">£${r.cost?string(",##0")}</td>
      <#if f.canEdit(shell)><td class="govuk-table__cell"><a class="govuk-link" href="/children/${child.id}/remands/${r.id}/edit"><#if r.open>Change or record the end<#else>Change</#if><span class="govuk-visually-hidden"> of remand ${r.remandRef}</span></a></td></#if>
    </tr>
  </#list>
    <tr class="govuk-table__row">
      <th scope="row" class="govuk-table__header" colspan="4">Total</th>
      <td class="govuk-table__cell govuk-table__cell--numeric">${tab.remandNights}</td>
      <td class="govuk-table__cell govuk-table__cell--numeric">£${tab.remandCost?string(",##0")}</td>
      <#if f.canEdit(shell)><td class="govuk-table__cell"></td></#if>
    </tr>
  </tbody>
</table>
<#else>
<p class="govuk-body">No remand episodes recorded.</p>
</#if>
