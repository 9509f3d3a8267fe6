<#import "../_layout/page.ftl" as layout>
<@layout.page title="Sign in">
<div class="govuk-grid-row">
  <div class="govuk-grid-column-two-thirds">
    <@layout.errorSummary errors=errors/>
    <#if failure?has_content>
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">Sign-in failed</h2>
        <div class="govuk-error-summary__body"><p class="govuk-body">${failure}</p></div>
      </div>
    </div>
    </#if>
    <h1 class="govuk-heading-l">Sign in to yot-hub</h1>
    <form method="post" action="/login" novalidate>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="tenant">Your youth offending team</label>
        <div class="govuk-hint" id="tenant-hint">Regional peer reviewers, oversight and administrators choose “Across all YOTs”.</div>
        <select class="govuk-select" id="tenant" name="tenant" aria-describedby="tenant-hint">
          <#list tenants as t>
          <option value="${t.code}"<#if tenant == t.code> selected</#if>>${t.name}</option>
          </#list>
          <option value="_all"<#if tenant == "_all"> selected</#if>>Across all YOTs</option>
        </select>
      </div>
      <div class="govuk-form-group<#if errors.username??> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="username">Username</label>
        <#if errors.username??><p id="username-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors.username}</p></#if>
        <input class="govuk-input govuk-!-width-one-half<#if errors.username??> govuk-input--error</#if>" id="username" name="username" type="text" autocomplete="username" spellcheck="false" value="${username}">
      </div>
      <div class="govuk-form-group<#if errors.password??> govuk-form-group--error</#if>">
        <label class="govuk-label govuk-label--s" for="password">Password</label>
        <#if errors.password??><p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${errors.password}</p></#if>
        <input class="govuk-input govuk-!-width-one-half<#if errors.password??> govuk-input--error</#if>" id="password" name="password" type="password" autocomplete="current-password">
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Sign in</button>
    </form>
    <#if shell.demo>
    <div class="govuk-inset-text">Demo accounts: for example YOT “Southampton”, username <code>case.manager</code>, password <code>demo-password</code>.</div>
    </#if>
  </div>
</div>
</@layout.page>
