<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<#assign title = editing?then("Change " + risk.riskRef, "Add a risk")>
<@layout.page title=title>
<a href="<#if editing>/risks/${risk.id}<#else>/risks</#if>" class="govuk-back-link">Back</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">${title}</h1>
<form method="post" action="<#if editing>/risks/${risk.id}<#else>/risks</#if>" novalidate>
  <@f.csrf/>
  <#if editing><@f.hidden name="version" value=fields.version!""/></#if>
  <@f.select name="objective_id" label="Service objective" blank="Choose an objective" options=objectives fields=fields errors=errors/>
  <@f.text name="title" label="Risk" fields=fields errors=errors/>
  <@f.textarea name="description" label="Description" fields=fields errors=errors/>
  <@f.textarea name="cause" label="Cause" fields=fields errors=errors/>
  <@f.textarea name="impact_narrative" label="Impact if it happens" fields=fields errors=errors/>
  <@f.select name="likelihood" label="Likelihood" hint="1 = rare, 5 = almost certain" options=scale.likelihood fields=fields errors=errors/>
  <@f.select name="impact" label="Impact" hint="1 = minimal, 5 = severe (Leicestershire's register scores the other way: its 1 is our 5)" options=scale.impact fields=fields errors=errors/>
  <@f.text name="target_score" label="Target score (optional)" hint="Likelihood × impact you aim for, 1 to 25" inputmode="numeric" fields=fields errors=errors width="govuk-input--width-3"/>
  <@f.text name="owner_role" label="Risk owner (role)" hint="For example Head of Service or YOS Management Board" fields=fields errors=errors/>
  <@f.select name="owner_staff_id" label="Risk owner (member of staff, optional)" blank="No one named" options=staff fields=fields errors=errors/>
  <@f.text name="review_on" label="Next review" type="date" fields=fields errors=errors width="govuk-input--width-10"/>
  <@f.select name="status" label="Status" options=[["open","Open"],["escalated","Escalated to the management board"],["closed","Closed"]] fields=fields errors=errors/>
  <button type="submit" class="govuk-button" data-module="govuk-button">Save risk</button>
</form>
</@layout.page>
