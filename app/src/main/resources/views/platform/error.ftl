<#import "../_layout/page.ftl" as layout>
<@layout.page title=title>
<h1 class="govuk-heading-l">${title}</h1>
<#if status == 404>
<p class="govuk-body">If you typed the web address, check it is correct. If you followed a link, the record may not exist or may belong to another YOT.</p>
<#elseif status == 403>
<p class="govuk-body">Your role does not give access to this page. Ask your YOT manager if you need it.</p>
<#elseif detail?has_content>
<p class="govuk-body">${detail}</p>
</#if>
<#if errors?has_content>
<ul class="govuk-list govuk-list--bullet">
<#list errors as e><li><#if e.field()??><strong>${e.field()}</strong>: </#if>${e.message()}</li></#list>
</ul>
</#if>
<#if requestId?has_content><p class="govuk-body-s">Request id: <code>${requestId}</code></p></#if>
<p class="govuk-body"><a class="govuk-link" href="/">Go to the home page</a></p>
</@layout.page>
