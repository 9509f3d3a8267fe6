<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<#macro money v=""><#if v?has_content && v?is_number>£${v?string[",##0"]}<#else>–</#if></#macro>
<@layout.page title="Budget ${budget.label()}">
<a href="/plans" class="govuk-back-link">Plans</a>
<span class="govuk-caption-l">${shell.tenantName}</span>
<h1 class="govuk-heading-l">Budget ${budget.label()}</h1>
<nav class="govuk-!-margin-bottom-6" aria-label="Years"><a class="govuk-link" href="/plans/budget?year=${(year - 1)?c}">${(year - 1)?c}/${(year % 100)?string["00"]}</a> | <a class="govuk-link" href="/plans/budget?year=${(year + 1)?c}">${(year + 1)?c}/${((year + 2) % 100)?string["00"]}</a></nav>
<@layout.errorSummary errors/>
<#if !budget.isEmpty()>
<p class="govuk-body">Contributions <@money budget.totals().total()/><#if budget.contributionsChange()??> (${budget.contributionsChange()?string["+0.0;-0.0"]}% on last year)</#if>; expenditure <@money budget.totalExpenditure()/>; expenditure less contributions <@money budget.variance()/>.</p>
</#if>
<#if canEdit>
<form method="post" action="/plans/budget?year=${year?c}" novalidate>
  <@f.csrf/>
  <table class="govuk-table">
    <caption class="govuk-table__caption govuk-table__caption--m">Partner contributions (£)</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Agency</th><th scope="col" class="govuk-table__header">Staffing costs</th><th scope="col" class="govuk-table__header">Payments in kind</th><th scope="col" class="govuk-table__header">Other delegated funds</th></tr></thead>
    <tbody class="govuk-table__body">
    <#list rows as r>
      <tr class="govuk-table__row">
        <td class="govuk-table__cell"><label class="govuk-visually-hidden" for="agency_${r?index}">Agency ${r?index + 1}</label><input class="govuk-input" id="agency_${r?index}" name="agency_${r?index}" value="${r.agency!""}"></td>
        <#list ["staffing", "in_kind", "delegated_funds"] as c><td class="govuk-table__cell"><label class="govuk-visually-hidden" for="${c}_${r?index}">${c?replace("_", " ")} ${r?index + 1}</label><input class="govuk-input govuk-input--width-10" id="${c}_${r?index}" name="${c}_${r?index}" inputmode="decimal" value="${r[c]!""}"></td></#list>
      </tr>
    </#list>
    </tbody>
  </table>
  <table class="govuk-table">
    <caption class="govuk-table__caption govuk-table__caption--m">Expenditure (£)</caption>
    <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Heading</th><th scope="col" class="govuk-table__header">Type</th><th scope="col" class="govuk-table__header">Amount</th></tr></thead>
    <tbody class="govuk-table__body">
    <#list spend as r>
      <tr class="govuk-table__row">
        <td class="govuk-table__cell"><label class="govuk-visually-hidden" for="heading_${r?index}">Heading ${r?index + 1}</label><input class="govuk-input" id="heading_${r?index}" name="heading_${r?index}" value="${r.heading!""}"></td>
        <td class="govuk-table__cell"><label class="govuk-visually-hidden" for="category_${r?index}">Type ${r?index + 1}</label><select class="govuk-select" id="category_${r?index}" name="category_${r?index}"><#list ["staffing", "overheads", "activity", "accommodation", "remand", "other"] as c><option value="${c}"<#if (r.category!"") == c> selected</#if>>${c?cap_first}</option></#list></select></td>
        <td class="govuk-table__cell"><label class="govuk-visually-hidden" for="amount_${r?index}">Amount ${r?index + 1}</label><input class="govuk-input govuk-input--width-10" id="amount_${r?index}" name="amount_${r?index}" inputmode="decimal" value="${r.amount!""}"></td>
      </tr>
    </#list>
    </tbody>
  </table>
  <@f.button "Save budget"/>
</form>
</#if>
</@layout.page>
