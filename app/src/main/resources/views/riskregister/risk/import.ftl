<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#import "../_risk.ftl" as r>
<@layout.page title="Import a risk register">
<a href="/risks" class="govuk-back-link">Risks</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">Import a risk register</h1>
<#if imported>
<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
  <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title">Success</h2></div>
  <div class="govuk-notification-banner__content">
    <p class="govuk-notification-banner__heading">${result.imported} risks imported</p>
    <ul class="govuk-list"><#list result.risks as i><li><a class="govuk-link" href="/risks/${i.id}">${i.riskRef} ${i.title}</a>: ${i.sourceRating!"unrated"} became ${i.likelihood} × ${i.impact} = ${i.score} (${i.band})</li></#list></ul>
  </div>
</div>
</#if>
<p class="govuk-body">Paste the register as CSV. The first line names the columns: objective, title, description, impact_narrative, rating, likelihood, controls, owner, action_owner, review_on. Put each control on its own line inside quotes.</p>
<form method="post" action="/risks/import" novalidate>
  <@f.csrf/>
  <@f.select name="convention" label="How the register rates risks" options=[["leicestershire_impact","Impact 1 (high) to 5 (low), as Leicestershire"],["southampton_rating","High, Medium or Low, as Southampton"],["unrated","Not rated"],["native","Likelihood and impact 1 to 5, 5 worst"]] fields=fields errors=errors/>
  <@f.textarea name="csv" label="Register (CSV)" rows=12 fields=fields errors=errors/>
  <button class="govuk-button" data-module="govuk-button">Import</button>
</form>
<h2 class="govuk-heading-m">How ratings are converted</h2>
<table class="govuk-table">
  <caption class="govuk-table__caption govuk-visually-hidden">Conversion of source ratings to likelihood and impact</caption>
  <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Source rating</th><th scope="col" class="govuk-table__header">Stored as</th></tr></thead>
  <tbody class="govuk-table__body">
    <tr class="govuk-table__row"><td class="govuk-table__cell">Impact 1 (high) to 5 (low)</td><td class="govuk-table__cell">Impact 6 minus the source value; likelihood from the likelihood column, else 3 (possible)</td></tr>
    <tr class="govuk-table__row"><td class="govuk-table__cell">High / Medium / Low</td><td class="govuk-table__cell">4 × 4 = 16 / 3 × 3 = 9 / 2 × 2 = 4</td></tr>
    <tr class="govuk-table__row"><td class="govuk-table__cell">Not rated</td><td class="govuk-table__cell">3 × 3 = 9, to be reviewed</td></tr>
  </tbody>
</table>
<p class="govuk-body">The original rating is kept with each risk.</p>
</@layout.page>
