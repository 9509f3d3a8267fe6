<#import "../../_layout/page.ftl" as layout>
<#import "../_fields.ftl" as f>
<@layout.page title="Change an action">
<a href="/plans/${plan.id()}/delivery" class="govuk-back-link">Delivery plan</a>
<h1 class="govuk-heading-l">Change an action</h1>
<@layout.errorSummary errors/>
<form method="post" action="/plans/${plan.id()}/actions/${actionId}" novalidate>
  <@f.csrf/>
  <input type="hidden" name="priority_id" value="${form.priority_id}">
  <input type="hidden" name="version" value="${form.version}">
  <#include "_action_fields.ftl">
  <@f.button "Save"/>
</form>
</@layout.page>
