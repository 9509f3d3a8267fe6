<#import "../../_layout/page.ftl" as layout>
<#import "../_forms.ftl" as f>
<@layout.page title="Children">
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <h1 class="govuk-heading-l">Children</h1>
  </div>
  <div class="govuk-grid-column-one-third yh-align-right">
    <#if f.canEdit(shell)>
    <a href="/children/new" role="button" draggable="false" class="govuk-button" data-module="govuk-button">Add a child</a>
    </#if>
  </div>
</div>
<form method="get" action="/children" class="govuk-!-margin-bottom-6" role="search">
  <div class="govuk-form-group">
    <label class="govuk-label govuk-label--s" for="q">Search by name, reference or date of birth</label>
    <div class="govuk-hint" id="q-hint">Part of a name works, for example “ali smi” or “SOU-0001”. Dates as 27/03/2009.</div>
    <input class="govuk-input govuk-!-width-one-half" id="q" name="q" type="search" value="${q}" aria-describedby="q-hint">
    <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Search</button>
  </div>
  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
    <div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id="mine" name="mine" type="checkbox" value="true"<#if mine> checked</#if>>
      <label class="govuk-label govuk-checkboxes__label" for="mine">Only my caseload</label>
    </div>
  </div>
</form>
<#if children?has_content>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-table__caption--s">
    <#if q?has_content>${children?size} <#if children?size == 1>child matches<#else>children match</#if> “${q}”<#if children?size == limit> (first ${limit} shown; refine the search)</#if>
    <#else>Open cases<#if mine> allocated to you</#if><#if children?size == limit> (first ${limit})</#if></#if>
  </caption>
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      <th scope="col" class="govuk-table__header">Name</th>
      <th scope="col" class="govuk-table__header">Reference</th>
      <th scope="col" class="govuk-table__header">Date of birth</th>
      <th scope="col" class="govuk-table__header">Case manager</th>
      <th scope="col" class="govuk-table__header">Status</th>
    </tr>
  </thead>
  <tbody class="govuk-table__body">
  <#list children as c>
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a class="govuk-link" href="/children/${c.id}">${c.displayName()}</a></td>
      <td class="govuk-table__cell">${c.childRef}</td>
      <td class="govuk-table__cell">${f.d(c.dateOfBirth)}</td>
      <td class="govuk-table__cell">${c.caseManagerName!"Not allocated"}</td>
      <td class="govuk-table__cell"><strong class="govuk-tag<#if c.status == "closed"> govuk-tag--grey</#if>">${c.status?cap_first}</strong></td>
    </tr>
  </#list>
  </tbody>
</table>
<#else>
<p class="govuk-body"><#if q?has_content>No children match “${q}”.<#else>No open cases.</#if></p>
</#if>
</@layout.page>
