<#import "../_layout/page.ftl" as layout>
<@layout.page title="Home">
<h1 class="govuk-heading-xl">${shell.tenantName}</h1>
<p class="govuk-body-l">Welcome, ${shell.userName}.</p>
<h2 class="govuk-heading-m">What you can do</h2>
<ul class="govuk-list">
<#list shell.nav as item><#if item.href() != "/">
  <li><a class="govuk-link" href="${item.href()}">${item.label()}</a></li>
</#if></#list>
</ul>
<p class="govuk-body-s">Your roles: ${shell.roles?join(", ")?replace("_", " ")}.</p>
</@layout.page>
