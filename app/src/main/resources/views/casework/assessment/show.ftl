<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#import "_labels.ftl" as l>
<#assign a = assessment>
<@layout.page title=l.tool(a.tool) + " assessment – " + child.displayName()>
<a href="/children/${child.id}#assessments" class="govuk-back-link">Back to the record</a>
<@layout.errorSummary errors=errors/>
<span class="govuk-caption-l">${child.displayName()} (${child.childRef})</span>
<h1 class="govuk-heading-l">${l.tool(a.tool)} assessment, ${f.d(a.assessmentDate)}</h1>
<p class="govuk-body">Version ${a.versionNo} of ${a.versions?size}<#if !a.latest> (an earlier version; <a class="govuk-link" href="/children/${child.id}/assessments/${a.id}">see the current version</a>)</#if>
  · <strong class="govuk-tag ${l.statusTag(a.status)}">${l.status(a.status)}</strong></p>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Scaled approach level</dt>
        <dd class="govuk-summary-list__value"><#if a.level??><strong>${a.level?cap_first}</strong><#else>Not yet computed</#if>
          <#if a.overrideLevel??><br><span class="govuk-body-s">Overridden from ${(a.computedLevel!"none")?cap_first}: ${a.overrideReason!""}</span></#if></dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Likelihood of reoffending</dt><dd class="govuk-summary-list__value">${l.rating(a.likelihoodOfReoffending!"")}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Risk of serious harm</dt><dd class="govuk-summary-list__value">${l.rating(a.riskOfSeriousHarm!"")}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Safety and wellbeing</dt><dd class="govuk-summary-list__value">${l.rating(a.safetyAndWellbeing!"")}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">MAPPA</dt><dd class="govuk-summary-list__value">${l.mappa(a.mappaLevel!"")}</dd></div>
      <#if a.assetScore??><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Asset score</dt><dd class="govuk-summary-list__value">${a.assetScore} of 64</dd></div></#if>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Author</dt><dd class="govuk-summary-list__value">${a.authorName!"Unknown"}</dd></div>
      <#if a.countersignedAt??><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Countersigned</dt><dd class="govuk-summary-list__value">${a.countersignedByName!""}, ${l.dt(a.countersignedAt)}<#if a.countersignComment??><br>${a.countersignComment}</#if></dd></div></#if>
    </dl>
    <h2 class="govuk-heading-m">Factors</h2>
    <#if a.factorNotes?has_content>
    <dl class="govuk-summary-list">
      <#list factors as factor><#if a.factorNotes[factor[0]]??>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${factor[1]}</dt><dd class="govuk-summary-list__value">${a.factorNotes[factor[0]]}</dd></div>
      </#if></#list>
    </dl>
    <#else><p class="govuk-body">No factor notes.</p></#if>
    <#if a.summary??><h2 class="govuk-heading-m">Summary</h2><p class="govuk-body">${a.summary}</p></#if>
    <#if a.latest && f.canEdit(shell)>
    <div class="govuk-button-group">
      <a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/children/${child.id}/assessments/${a.id}/edit"><#if a.locked>Start version ${a.versionNo + 1}<#else>Edit</#if></a>
      <#if a.status == "draft">
      <form method="post" action="/children/${child.id}/assessments/${a.id}/submit" class="yh-inline-form">
        <input type="hidden" name="_csrf" value="${shell.csrfToken}"><input type="hidden" name="version" value="${a.version?c}">
        <button type="submit" class="govuk-button" data-module="govuk-button">Submit for countersigning</button>
      </form>
      </#if>
    </div>
    <#if a.status == "submitted" && f.canAllocate(shell)>
    <form method="post" action="/children/${child.id}/assessments/${a.id}/countersign" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}"><input type="hidden" name="version" value="${a.version?c}">
      <@f.textarea name="comment" label="Countersigning comment (optional)" values={} errors=errors/>
      <button type="submit" class="govuk-button" data-module="govuk-button">Countersign</button>
    </form>
    </#if>
    </#if>
  </div>
  <div class="govuk-grid-column-one-third">
    <h2 class="govuk-heading-s">Versions</h2>
    <ul class="govuk-list">
      <#list a.versions as v>
      <li><#if v.versionNo == a.versionNo><strong>Version ${v.versionNo}</strong><#else><a class="govuk-link" href="/children/${child.id}/assessments/${a.id}/versions/${v.versionNo}">Version ${v.versionNo}</a></#if>
        – ${l.status(v.status)}<#if v.level??>, ${v.level}</#if></li>
      </#list>
    </ul>
  </div>
</div>
</@layout.page>
