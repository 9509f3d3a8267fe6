<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<#import "_labels.ftl" as l>
<#assign p = plan>
<@layout.page title="Intervention plan – " + child.displayName()>
<a href="/children/${child.id}#plans" class="govuk-back-link">Back to the record</a>
<@layout.errorSummary errors=errors/>
<span class="govuk-caption-l">${child.displayName()} (${child.childRef})</span>
<h1 class="govuk-heading-l">Intervention plan, ${f.d(p.planDate)}</h1>
<p class="govuk-body">Version ${p.versionNo} of ${p.versions?size}<#if !p.latest> (an earlier version; <a class="govuk-link" href="/children/${child.id}/plans/${p.id}">see the current version</a>)</#if>
  · <strong class="govuk-tag ${l.statusTag(p.status)}">${l.status(p.status)}</strong>
  <#if p.nextReviewDue??> · Next review by ${f.d(p.nextReviewDue)}<#if (p.reviewDueReason!"") == "significant_change"> (significant change in the case)</#if><#if p.reviewOverdue> <strong class="govuk-tag govuk-tag--red">Review overdue</strong></#if></#if></p>
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <#if p.summary??><p class="govuk-body">${p.summary}</p></#if>
    <h2 class="govuk-heading-m">Objectives</h2>
    <#if p.objectives?has_content>
    <table class="govuk-table">
      <caption class="govuk-table__caption govuk-table__caption--s govuk-visually-hidden">Objectives</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">What</th>
        <th scope="col" class="govuk-table__header">By whom</th><th scope="col" class="govuk-table__header">By when</th>
        <th scope="col" class="govuk-table__header">Progress</th></tr></thead>
      <tbody class="govuk-table__body">
      <#list p.objectives as o>
        <tr class="govuk-table__row"><td class="govuk-table__cell">${o.what}</td><td class="govuk-table__cell">${o.byWhom}</td>
          <td class="govuk-table__cell">${f.d(o.byWhen)}</td><td class="govuk-table__cell">${l.objective(o.status)}</td></tr>
      </#list>
      </tbody>
    </table>
    <#else><p class="govuk-body">No objectives yet.</p></#if>
    <h2 class="govuk-heading-m">Contingency</h2>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Safety and wellbeing</dt><dd class="govuk-summary-list__value">${p.safetyContingency!"Not recorded"}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Risk of serious harm</dt><dd class="govuk-summary-list__value">${p.riskContingency!"Not recorded"}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Author</dt><dd class="govuk-summary-list__value">${p.authorName!"Unknown"}</dd></div>
      <#if p.signedOffAt??><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Signed off</dt><dd class="govuk-summary-list__value">${p.signedOffByName!""}, ${l.dt(p.signedOffAt)}<#if p.signOffComment??><br>${p.signOffComment}</#if></dd></div></#if>
    </dl>
    <#if p.latest && f.canEdit(shell)>
    <a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/children/${child.id}/plans/${p.id}/edit"><#if p.locked>Start version ${p.versionNo + 1}<#else>Edit</#if></a>
    <#if !p.locked && f.canAllocate(shell)>
    <form method="post" action="/children/${child.id}/plans/${p.id}/sign-off" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}"><input type="hidden" name="version" value="${p.version?c}">
      <@f.textarea name="comment" label="Sign-off comment (optional)" values={} errors=errors/>
      <button type="submit" class="govuk-button" data-module="govuk-button">Sign off</button>
    </form>
    </#if>
    </#if>
    <h2 class="govuk-heading-m">Reviews</h2>
    <#if p.reviews?has_content>
    <ul class="govuk-list">
      <#list p.reviews as r><li><strong>${f.d(r.reviewDate)}</strong>, ${l.reason(r.reason)} (${r.reviewedByName!""}): ${r.notes}</li></#list>
    </ul>
    <#else><p class="govuk-body">No reviews yet.</p></#if>
    <#if f.canEdit(shell) && p.versions?filter(v -> v.status == "signed_off")?has_content>
    <form method="post" action="/children/${child.id}/plans/${p.id}/reviews" novalidate>
      <input type="hidden" name="_csrf" value="${shell.csrfToken}">
      <h3 class="govuk-heading-s">Record a review</h3>
      <@f.date name="review_date" label="Review date" values=values errors=errors/>
      <@f.radios name="reason" label="Reason for the review" options=[["scheduled","Scheduled review"],["significant_change","Significant change"]] values=values errors=errors/>
      <@f.textarea name="notes" label="What the review found" values=values errors=errors/>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Record the review</button>
    </form>
    </#if>
  </div>
  <div class="govuk-grid-column-one-third">
    <h2 class="govuk-heading-s">Versions</h2>
    <ul class="govuk-list">
      <#list p.versions as v>
      <li><#if v.versionNo == p.versionNo><strong>Version ${v.versionNo}</strong><#else><a class="govuk-link" href="/children/${child.id}/plans/${p.id}/versions/${v.versionNo}">Version ${v.versionNo}</a></#if> – ${l.status(v.status)}</li>
      </#list>
    </ul>
  </div>
</div>
</@layout.page>
