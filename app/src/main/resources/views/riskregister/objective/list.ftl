<#import "../../_layout/page.ftl" as layout>
<#import "../../_layout/fields.ftl" as f>
<@layout.page title="Service objectives">
<a href="/risks" class="govuk-back-link">Risks</a>
<@layout.errorSummary errors=errors/>
<h1 class="govuk-heading-xl">Service objectives</h1>
<p class="govuk-body">Risks are filed under the objective they threaten.</p>
<ul class="govuk-list govuk-list--number">
<#list objectives as o><li>${o.title}<#if !o.active> (retired)</#if></li></#list>
</ul>
<#if shell.hasRole("yot_manager") || shell.hasRole("team_manager")>
<form method="post" action="/risks/objectives" novalidate>
  <@f.csrf/>
  <@f.text name="title" label="Add an objective" fields=fields errors=errors/>
  <button class="govuk-button" data-module="govuk-button">Add objective</button>
</form>
</#if>
</@layout.page>
